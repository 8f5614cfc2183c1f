// The Doha Agreement, and what each side asks, urges, endorses and refuses around the talks.
// Each citation carries the value it supports (demand, message, position, what, response).

// The agreement's text as the report gives it commits Afghanistan, the Country; being urged to uphold it is an URGES.
MATCH (a:Country {id: 'afghanistan'}), (b:Agreement {id: 'doha-agreement'})
MERGE (a)-[r:BOUND_BY {id: 'afghanistan-bound-by-doha-agreement'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2765, quote: 'the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries',
   stance: 'STATES', obligation: 'preventing its territory from being used by militant groups against other countries'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 769, quote: 'insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
   stance: 'STATES',
   demand: 'concrete and verifiable measures against the TTP, Baloch militant groups and other organizations using Afghan territory to launch attacks, as the condition for cooperation'},
  {sourceId: 'istanbul-talks-report', start: 1949, quote: 'Pakistan reiterated its one-point agenda — that peace and cooperation between the two neighbors cannot progress unless the Taliban administration takes decisive action against groups targeting Pakistan',
   stance: 'STATES', when: 'Sunday',
   demand: 'decisive action against groups targeting Pakistan, as the condition for peace and cooperation'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Pakistan's separate asks at the talks, each its own citation and value.
MATCH (a:Country {id: 'pakistan'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban-delegation'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 381, quote: 'the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands',
   stance: 'REPORTS', claimant: 'officials familiar with the negotiations',
   demand: 'written assurances to meet Pakistan’s key security demands'},
  {sourceId: 'istanbul-talks-report', start: 491, quote: 'The logical and reasoned demands that Pakistan has presented are legitimate',
   stance: 'REPORTS', claimant: 'a security source',
   demand: 'the logical and reasoned demands that Pakistan has presented'},
  {sourceId: 'istanbul-talks-report', start: 1111, quote: 'Pakistan has presented specific proposals seeking verifiable actions to dismantle the TTP network',
   stance: 'REPORTS', claimant: 'another official', demand: 'verifiable actions to dismantle the TTP network'},
  {sourceId: 'istanbul-talks-report', start: 1134, quote: 'specific proposals seeking verifiable actions to dismantle the TTP network and prevent cross-border attacks',
   stance: 'REPORTS', claimant: 'another official', demand: 'verifiable actions to prevent cross-border attacks'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// "The message from Islamabad" names no addressee: the side it is sent to in the talks is the one Islamabad urges.
MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:URGES {id: 'pakistan-urges-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1021, quote: 'The message from Islamabad was clear no compromise on terrorism',
   stance: 'REPORTS', claimant: 'another official', message: 'no compromise on terrorism'},
  {sourceId: 'istanbul-talks-report', start: 2654, quote: 'Islamabad has repeatedly urged Kabul to ensure effective border management',
   stance: 'STATES', message: 'ensure effective border management'},
  {sourceId: 'istanbul-talks-report', start: 2729, quote: 'and to uphold its obligations under the Doha Agreement',
   stance: 'STATES', message: 'uphold its obligations under the Doha Agreement'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'pakistani-delegation-urges-afghan-taliban-delegation'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3341, quote: 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest',
   stance: 'REPORTS', claimant: 'one source', message: 'accepting Pakistan’s demands is in everyone’s interest'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// "The host countries" are the two the report names just before: Turkey, with support from Qatar.
MATCH (a:Country {id: 'turkey'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'turkey-urges-afghan-taliban-delegation'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3464, quote: 'The host countries have also conveyed the same message to the Afghan delegation.',
   stance: 'REPORTS', claimant: 'one source', message: 'accepting Pakistan’s demands is in everyone’s interest'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'qatar'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'qatar-urges-afghan-taliban-delegation'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3464, quote: 'The host countries have also conveyed the same message to the Afghan delegation.',
   stance: 'REPORTS', claimant: 'one source', message: 'accepting Pakistan’s demands is in everyone’s interest'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'turkey'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'turkey-endorses-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3230, quote: 'both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”',
   stance: 'REPORTS', claimant: 'officials involved in the talks',
   position: 'Pakistan’s security concerns are reasonable and legitimate'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'qatar'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'qatar-endorses-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3230, quote: 'both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”',
   stance: 'REPORTS', claimant: 'officials involved in the talks',
   position: 'Pakistan’s security concerns are reasonable and legitimate'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'afghan-taliban-delegation-endorses-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1504, quote: 'the Afghan delegates privately acknowledged the validity of Pakistan’s demands',
   stance: 'REPORTS', claimant: 'security officials',
   position: 'the validity of Pakistan’s demands, acknowledged privately'},
  {sourceId: 'istanbul-talks-report', start: 1742, quote: 'The delegation knows that accepting Pakistan’s demands would be the right course of action',
   stance: 'REPORTS', claimant: 'the source',
   position: 'accepting Pakistan’s demands would be the right course of action'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REJECTS {id: 'afghan-taliban-delegation-rejects-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 381, quote: 'the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands',
   stance: 'REPORTS', claimant: 'officials familiar with the negotiations',
   what: 'written assurances to meet Pakistan’s key security demands'},
  {sourceId: 'istanbul-talks-report', start: 572, quote: 'the Afghan Taliban delegation is not ready to fully accept them',
   stance: 'REPORTS', claimant: 'a security source', what: 'full acceptance of the demands Pakistan has presented'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// "Reportedly", with no one named: the report relays the claim (REPORTS) but names no claimant; the hedge is
// a modality, not a voice, and stays in the quote.
MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:RESPONDS_TO {id: 'afghan-taliban-delegation-responds-to-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1250, quote: 'Afghan representatives reportedly responded positively to some of the proposals',
   stance: 'REPORTS', response: 'responded positively to some of the proposals'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;
