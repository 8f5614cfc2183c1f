// The talks: who takes part and mediates, where and when they are held, and the delegations.
// A citation without claimant is the report's own voice (STATES); one with a claimant relays that claimant (REPORTS).
// A sentence that is wholly someone else's speech is theirs, whatever it presupposes: that the delegations attend
// the talks, and that Monday's session is one of them, the report says only through speakers it quotes or relays.

MATCH (a:Country {id: 'turkey'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'turkey-mediates-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 77, quote: 'held in Istanbul with Turkish mediation',
   stance: 'STATES', role: 'lead'},
  {sourceId: 'istanbul-talks-report', start: 3098, quote: 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.',
   stance: 'STATES', role: 'lead'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'qatar'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'qatar-mediates-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 3098, quote: 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.',
   stance: 'STATES', role: 'supporting'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 11, quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'afghanistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghanistan-participates-in-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 11, quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistani-delegation-participates-in-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2456, quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr'},
  {sourceId: 'istanbul-talks-report', start: 3341, quote: 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest',
   stance: 'REPORTS', claimant: 'one source'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 572, quote: 'the Afghan Taliban delegation is not ready to fully accept them',
   stance: 'REPORTS', claimant: 'a security source'},
  {sourceId: 'istanbul-talks-report', start: 2456, quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// A delegation represents its state's acting authority: the Government where the graph has one, else the Country.
MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REPRESENTS {id: 'pakistani-delegation-represents-pakistan'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2456, quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
   stance: 'REPORTS', claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:REPRESENTS {id: 'afghan-taliban-delegation-represents-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1504, quote: 'the Afghan delegates privately acknowledged the validity of Pakistan’s demands but were constrained by directives from their leadership in Kabul',
   stance: 'REPORTS', claimant: 'security officials'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Place {id: 'istanbul'})
MERGE (a)-[r:HELD_IN {id: 'istanbul-talks-held-in-istanbul'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 11, quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Monday's session as the third day of the talks comes in a sentence the report attributes to officials.
MATCH (a:Negotiation {id: 'istanbul-talks-monday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-monday-session-part-of-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 308, quote: 'Monday’s session, the third day of discussions',
   stance: 'REPORTS', claimant: 'officials familiar with the negotiations'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// "The Istanbul talks followed a nine-hour session on Sunday" cannot mean the whole round came after Sunday:
// Monday was its third day, so Sunday fell inside it. What followed Sunday's session is Monday's.
MATCH (a:Negotiation {id: 'istanbul-talks-monday-session'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:FOLLOWS {id: 'istanbul-talks-monday-session-follows-istanbul-talks-sunday-session'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1877, quote: 'The Istanbul talks followed a nine-hour session on Sunday',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// An inference from the report's own day count, which no sentence states: ASSESSES, with no claimant.
MATCH (a:Negotiation {id: 'istanbul-talks-sunday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-sunday-session-part-of-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 326, quote: 'the third day of discussions',
   stance: 'ASSESSES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks-sunday-session'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1905, quote: 'a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda',
   stance: 'STATES'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks-monday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks-monday-session'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 308, quote: 'Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances',
   stance: 'REPORTS', claimant: 'officials familiar with the negotiations'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// A capital or city named as an actor stands for the Government seated there (Kabul, Kandahar -> afghan-taliban).
MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:LACKS_AUTHORIZATION_FROM {id: 'afghan-taliban-delegation-lacks-authorization-from-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1344, quote: 'the delegation lacked formal authorization from Kabul and Kandahar, limiting its ability to make binding commitments',
   stance: 'REPORTS', claimant: 'sources'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:CONTROLLED_FROM {id: 'afghan-taliban-delegation-controlled-from-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1587, quote: 'were constrained by directives from their leadership in Kabul',
   stance: 'REPORTS', claimant: 'security officials'},
  {sourceId: 'istanbul-talks-report', start: 1834, quote: 'but they are being controlled from Kabul',
   stance: 'REPORTS', claimant: 'the source'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Hedged in the report ("It seems that"): the source's assessment, not a statement of fact.
MATCH (a:Government {id: 'afghan-taliban'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PURSUES_OTHER_AGENDA {id: 'afghan-taliban-pursues-other-agenda-than-istanbul-talks'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 1651, quote: 'It seems that some elements in Kabul are working on another agenda',
   stance: 'ASSESSES', claimant: 'the source', who: 'some elements in Kabul'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// Forecasts and warnings about the talks' course: what the speakers say progress needs from a party.
MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:HINGES_ON {id: 'istanbul-talks-hinges-on-afghan-taliban-delegation'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 572, quote: 'the Afghan Taliban delegation is not ready to fully accept them,” a security source told reporters, adding that the talks were “facing serious difficulties.”',
   stance: 'REPORTS', claimant: 'a security source',
   condition: 'full acceptance of the demands Pakistan has presented'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;

// "The Taliban leadership" and "Kabul" as an actor stand for the Government.
MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:HINGES_ON {id: 'istanbul-talks-hinges-on-afghan-taliban'}]->(b)
WITH r
UNWIND [
  {sourceId: 'istanbul-talks-report', start: 2923, quote: 'efforts are ongoing to salvage the peace process, though a breakthrough appears unlikely without a clear directive from the Taliban leadership to act against the TTP network',
   stance: 'ASSESSES', claimant: 'diplomatic sources',
   condition: 'a clear directive from the Taliban leadership to act against the TTP network'},
  {sourceId: 'istanbul-talks-report', start: 3606, quote: 'unless Kabul takes tangible steps against militant safe havens, the stalemate in Istanbul could deepen mistrust between the two neighbors and derail regional stability efforts',
   stance: 'ASSESSES', claimant: 'analysts', condition: 'tangible steps against militant safe havens'}
] AS c
MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})
SET x += c;
