// The infiltration attempts of Sunday: origin, who foiled and who reported them.
// An edge with claimedBy rests on that speaker’s statement as the report relays it.

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:ORIGINATED_FROM {id: 'infiltration-attempts-originated-from-afghanistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.'], r.claimedBy = 'Pakistan’s military';

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:FOILED_BY {id: 'infiltration-attempts-foiled-by-pakistan-military'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.'], r.claimedBy = 'Pakistan’s military';

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'pakistan-military'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-pakistan-military'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.'];

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Organization {id: 'ispr'})
MERGE (a)-[r:REPORTED_BY {id: 'infiltration-attempts-reported-by-ispr'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['In a statement, the Inter-Services Public Relations (ISPR) said:', 'These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'];

MATCH (a:Organization {id: 'pakistan-military'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'pakistan-military-part-of-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory.'];

MATCH (a:Organization {id: 'ispr'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:PART_OF {id: 'ispr-part-of-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory. In a statement, the Inter-Services Public Relations (ISPR) said:'];

MATCH (a:Incident {id: 'infiltration-attempts'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:COINCIDES_WITH {id: 'infiltration-attempts-coincides-with-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The talks coincided with heightened tensions along the border.', 'These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'];

MATCH (a:Organization {id: 'ispr'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:ACCUSES {id: 'ispr-accuses-afghan-taliban'}]->(b)
SET r.charge = 'the infiltration attempts during the talks cast doubt on its intentions regarding terrorism emanating from its soil', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['casting doubts on the intentions of the interim Afghan government regarding the issue of terrorism emanating from its soil'], r.claimedBy = 'ISPR';
