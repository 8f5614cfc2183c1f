// The infiltration attempts: who reported them and when, and what the military and the ISPR claim about them.
// "On Sunday" dates the report of the attempts, not the attempts themselves.

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-pakistan-military'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.',
       when: 'On Sunday'}
    ];

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'ispr'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-ispr'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'In a statement, the Inter-Services Public Relations (ISPR) said:'}
    ];

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:FOILED_BY {id: 'infiltration-attempts-foiled-by-pakistan-military'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'Pakistan’s military reported foiling two infiltration attempts',
       claimant: 'Pakistan’s military', claimantId: 'pakistan-military', stance: 'REPORTS'}
    ];

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:ORIGINATED_FROM {id: 'infiltration-attempts-originated-from-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'two infiltration attempts by militants from Afghan territory',
       claimant: 'Pakistan’s military', claimantId: 'pakistan-military', stance: 'REPORTS'}
    ];

// The narrator sets the attempts beside "heightened tensions along the border" but never says they fell during
// the talks; the ISPR does.
MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:COINCIDES_WITH {id: 'infiltration-attempts-coincides-with-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'}
    ];

MATCH (a:Organization {id: 'pakistan-military'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'pakistan-military-part-of-pakistan'}]->(b)
SET r.citations = [{source: 'istanbul-talks-report', quote: 'Pakistan’s military'}];

MATCH (a:Organization {id: 'ispr'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'ispr-part-of-pakistan'}]->(b)
SET r.citations = [
      {source: 'reference-general-knowledge', quote: 'The Inter-Services Public Relations (ISPR) is the media wing of Pakistan’s armed forces.'}
    ];

// That the ISPR made a statement is the report's own voice; what the statement charges is the ISPR's.
MATCH (a:Organization {id: 'ispr'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:ACCUSES {id: 'ispr-accuses-afghan-taliban'}]->(b)
SET r.charge = 'the infiltration attempts during the talks cast doubts on its intentions regarding terrorism emanating from its soil',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'In a statement, the Inter-Services Public Relations (ISPR) said:'},
      {source: 'istanbul-talks-report', quote: 'casting doubts on the intentions of the interim Afghan government regarding the issue of terrorism emanating from its soil',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'}
    ];
