// The talks: who takes part and mediates, where and when they are held, and the delegations.
// A citation without claimant is the report's own voice (STATES); one with a claimant relays that claimant (REPORTS).
// That delegations attend the talks they are quoted about, and that Monday's session is one of the talks, is the
// report's own framing, presupposed by the sentences that quote others: those citations are STATES.

MATCH (a:Country {id: 'turkey'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'turkey-mediates-istanbul-talks'}]->(b)
SET r.role = 'lead',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'held in Istanbul with Turkish mediation'},
      {source: 'istanbul-talks-report', quote: 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'}
    ];

MATCH (a:Country {id: 'qatar'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'qatar-mediates-istanbul-talks'}]->(b)
SET r.role = 'supporting',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'}
    ];

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough'}
    ];

MATCH (a:Country {id: 'afghanistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghanistan-participates-in-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough'}
    ];

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistani-delegation-participates-in-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'},
      {source: 'istanbul-talks-report', quote: 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'},
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation is not ready to fully accept them'}
    ];

// A delegation represents its state's acting authority: the Government where the graph has one, else the Country.
MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REPRESENTS {id: 'pakistani-delegation-represents-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:REPRESENTS {id: 'afghan-taliban-delegation-represents-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan delegates privately acknowledged the validity of Pakistan’s demands but were constrained by directives from their leadership in Kabul'}
    ];

MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Place {id: 'istanbul'})
MERGE (a)-[r:HELD_IN {id: 'istanbul-talks-held-in-istanbul'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul'}
    ];

// Monday's session as the third day of the talks comes in a sentence the report attributes to officials.
MATCH (a:Negotiation {id: 'istanbul-talks-monday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-monday-session-part-of-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'Monday’s session, the third day of discussions'}
    ];

// The report states only that the talks came after the Sunday session, not that it was one of theirs.
MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:FOLLOWS {id: 'istanbul-talks-follows-istanbul-talks-sunday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'The Istanbul talks followed a nine-hour session on Sunday'}
    ];

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks-sunday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks-monday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks-monday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances'}
    ];

// A capital or city named as an actor stands for the Government seated there (Kabul, Kandahar -> afghan-taliban).
MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:LACKS_AUTHORIZATION_FROM {id: 'afghan-taliban-delegation-lacks-authorization-from-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the delegation lacked formal authorization from Kabul and Kandahar, limiting its ability to make binding commitments',
       claimant: 'sources', stance: 'REPORTS'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:CONTROLLED_FROM {id: 'afghan-taliban-delegation-controlled-from-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'were constrained by directives from their leadership in Kabul',
       claimant: 'security officials', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'but they are being controlled from Kabul',
       claimant: 'the source', stance: 'REPORTS'}
    ];

// Hedged in the report ("It seems that"): the source's assessment, not a statement of fact.
MATCH (a:Government {id: 'afghan-taliban'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PURSUES_OTHER_AGENDA {id: 'afghan-taliban-pursues-other-agenda-than-istanbul-talks'}]->(b)
SET r.who = 'some elements in Kabul',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'It seems that some elements in Kabul are working on another agenda',
       claimant: 'the source', stance: 'ASSESSES'}
    ];
