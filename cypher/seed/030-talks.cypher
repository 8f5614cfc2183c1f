// The talks: who takes part and mediates, where and when they are held, and the delegations.
// A citation without claimant is the report's own voice (STATES); one with a claimant relays that claimant (REPORTS).
// A sentence that is wholly someone else's speech is theirs, whatever it presupposes: that the delegations attend
// the talks, and that Monday's session is one of them, the report says only through speakers it quotes or relays.

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
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest',
       claimant: 'one source', stance: 'REPORTS'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation is not ready to fully accept them',
       claimant: 'a security source', stance: 'REPORTS'}
    ];

// A delegation represents its state's acting authority: the Government where the graph has one, else the Country.
MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REPRESENTS {id: 'pakistani-delegation-represents-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'delegations of Pakistan and Afghanistan are engaged in talks in Türkiye',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:REPRESENTS {id: 'afghan-taliban-delegation-represents-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan delegates privately acknowledged the validity of Pakistan’s demands but were constrained by directives from their leadership in Kabul',
       claimant: 'security officials', stance: 'REPORTS'}
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
      {source: 'istanbul-talks-report', quote: 'Monday’s session, the third day of discussions',
       claimant: 'officials familiar with the negotiations', stance: 'REPORTS'}
    ];

// "The Istanbul talks followed a nine-hour session on Sunday" cannot mean the whole round came after Sunday:
// Monday was its third day, so Sunday fell inside it. What followed Sunday's session is Monday's.
MATCH (a:Negotiation {id: 'istanbul-talks-monday-session'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:FOLLOWS {id: 'istanbul-talks-monday-session-follows-istanbul-talks-sunday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'The Istanbul talks followed a nine-hour session on Sunday'}
    ];

// An inference from the report's own day count, which no sentence states: ASSESSES, with no claimant.
MATCH (a:Negotiation {id: 'istanbul-talks-sunday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-sunday-session-part-of-istanbul-talks'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the third day of discussions', stance: 'ASSESSES'}
    ];

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks-sunday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks-monday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks-monday-session'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances',
       claimant: 'officials familiar with the negotiations', stance: 'REPORTS'}
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

// Forecasts and warnings about the talks' course: what the speakers say progress needs from a party.
MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:HINGES_ON {id: 'istanbul-talks-hinges-on-afghan-taliban-delegation'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation is not ready to fully accept them,” a security source told reporters, adding that the talks were “facing serious difficulties.”',
       claimant: 'a security source', stance: 'REPORTS', condition: 'full acceptance of the demands Pakistan has presented'}
    ];

// "The Taliban leadership" and "Kabul" as an actor stand for the Government.
MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:HINGES_ON {id: 'istanbul-talks-hinges-on-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'efforts are ongoing to salvage the peace process, though a breakthrough appears unlikely without a clear directive from the Taliban leadership to act against the TTP network',
       claimant: 'diplomatic sources', stance: 'ASSESSES',
       condition: 'a clear directive from the Taliban leadership to act against the TTP network'},
      {source: 'istanbul-talks-report', quote: 'unless Kabul takes tangible steps against militant safe havens, the stalemate in Istanbul could deepen mistrust between the two neighbors and derail regional stability efforts',
       claimant: 'analysts', stance: 'ASSESSES', condition: 'tangible steps against militant safe havens'}
    ];
