// Militancy, territory and government: where groups operate, whom they target, who governs and
// where authority sits. Place facts the report takes for granted cite the reference source.

// "Tensions along the border" names no border between the two; "the two neighbors", the narrator's own
// words for them, does.
MATCH (a:Country {id: 'pakistan'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:BORDERS {id: 'pakistan-borders-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2019, quote: 'between the two neighbors',
   stance: 'STATES'},
  {sourceId: 'reference-general-knowledge', start: 383, quote: 'Pakistan and Afghanistan share a border.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Government {id: 'afghan-taliban'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:GOVERNS {id: 'afghan-taliban-governs-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2547, quote: 'the intentions of the interim Afghan government',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr'},
  {sourceId: 'reference-general-knowledge', start: 424, quote: 'The Taliban administration has governed Afghanistan since August 2021.',
   stance: 'STATES', since: '2021-08'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Capitals: LOCATED_IN its country; SEAT_OF the Government where the graph has one, else the Country.
MATCH (a:Place {id: 'istanbul'}), (b:Country {id: 'turkey'})
MERGE (a)-[r:LOCATED_IN {id: 'istanbul-located-in-turkey'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 154, quote: 'Istanbul is a city in Türkiye.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Place {id: 'kabul'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:LOCATED_IN {id: 'kabul-located-in-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 185, quote: 'Kabul is the capital of Afghanistan',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Place {id: 'kandahar'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:LOCATED_IN {id: 'kandahar-located-in-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 265, quote: 'Kandahar is a city in Afghanistan',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Place {id: 'islamabad'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:LOCATED_IN {id: 'islamabad-located-in-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 345, quote: 'Islamabad is the capital of Pakistan.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Place {id: 'islamabad'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:SEAT_OF {id: 'islamabad-seat-of-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 345, quote: 'Islamabad is the capital of Pakistan.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Place {id: 'kabul'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:SEAT_OF {id: 'kabul-seat-of-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1623, quote: 'their leadership in Kabul',
   stance: 'REPORTS', claimant: 'security officials'},
  {sourceId: 'reference-general-knowledge', start: 185, quote: 'Kabul is the capital of Afghanistan and the seat of the Taliban administration.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Kandahar's role: a second place the Afghan leadership's authority comes from.
MATCH (a:Place {id: 'kandahar'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:SEAT_OF {id: 'kandahar-seat-of-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1359, quote: 'lacked formal authorization from Kabul and Kandahar',
   stance: 'REPORTS', claimant: 'sources'},
  {sourceId: 'reference-general-knowledge', start: 265, quote: 'Kandahar is a city in Afghanistan, where the Taliban’s supreme leader is based.',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// What the groups do and where from is Pakistan's claim, relayed by the report.
MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'ttp-operates-from-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 885, quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'baloch-militant-groups-operates-from-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 885, quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'ttp-targets-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 885, quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'},
  {sourceId: 'istanbul-talks-report', start: 1183, quote: 'dismantle the TTP network and prevent cross-border attacks',
   stance: 'REPORTS', claimant: 'another official'},
  {sourceId: 'istanbul-talks-report', start: 2061, quote: 'unless the Taliban administration takes decisive action against groups targeting Pakistan',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'baloch-militant-groups-targets-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 885, quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'},
  {sourceId: 'istanbul-talks-report', start: 2061, quote: 'unless the Taliban administration takes decisive action against groups targeting Pakistan',
   stance: 'REPORTS', claimant: 'Pakistan', claimantId: 'pakistan'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// The narrator's own echo, in the opening sentence, of what Pakistan claims of the groups it names.
MATCH (a:ArmedGroup {id: 'terrorist-infrastructure'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'terrorist-infrastructure-operates-from-afghanistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 209, quote: 'terrorist infrastructure operating from Afghan soil',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// The report says only "the banned TTP", naming no designator: the designation rests on the reference source.
MATCH (a:Country {id: 'pakistan'}), (b:ArmedGroup {id: 'ttp'})
MERGE (a)-[r:DESIGNATES {id: 'pakistan-designates-ttp'}]->(b)
WITH r
UNWIND [
  {sourceId: 'reference-general-knowledge', start: 495, quote: 'Pakistan banned the Tehreek-e-Taliban Pakistan (TTP) in August 2008.',
   stance: 'STATES', since: '2008-08', status: 'banned'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;
