// The infiltration attempts: who reported them and when, and what the military and the ISPR claim about them.
// "On Sunday" dates the report of the attempts, not the attempts themselves.

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-pakistan-military'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2215, quote: 'On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.',
   stance: 'STATES', when: 'On Sunday'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'ispr'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-ispr'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2325, quote: 'In a statement, the Inter-Services Public Relations (ISPR) said:',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:FOILED_BY {id: 'infiltration-attempts-foiled-by-pakistan-military'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2226, quote: 'Pakistan’s military reported foiling two infiltration attempts',
   stance: 'REPORTS', claimant: 'Pakistan’s military', claimantId: 'pakistan-military'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:ORIGINATED_FROM {id: 'infiltration-attempts-originated-from-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2263, quote: 'two infiltration attempts by militants from Afghan territory',
   stance: 'REPORTS', claimant: 'Pakistan’s military', claimantId: 'pakistan-military'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// The narrator sets the attempts beside "heightened tensions along the border" but never says they fell during
// the talks; the ISPR does.
MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:COINCIDES_WITH {id: 'infiltration-attempts-coincides-with-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2391, quote: 'These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Organization {id: 'pakistan-military'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'pakistan-military-part-of-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2226, quote: 'Pakistan’s military',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Organization {id: 'ispr'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'ispr-part-of-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 564, quote: 'The Inter-Services Public Relations (ISPR) is the media wing of Pakistan’s armed forces.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// That the ISPR made a statement is the report's own voice; what the statement charges is the ISPR's.
MATCH (a:Organization {id: 'ispr'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:ACCUSES {id: 'ispr-accuses-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2325, quote: 'In a statement, the Inter-Services Public Relations (ISPR) said:',
   stance: 'STATES',
   charge: 'the infiltration attempts during the talks cast doubts on its intentions regarding terrorism emanating from its soil'},
  {sourceId: 'istanbul-talks-report', start: 2529, quote: 'casting doubts on the intentions of the interim Afghan government regarding the issue of terrorism emanating from its soil',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr',
   charge: 'the infiltration attempts during the talks cast doubts on its intentions regarding terrorism emanating from its soil'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;
