// Talks: mediation, participation, delegations, sessions and where they were held.
// An edge with claimedBy rests on that speaker’s statement as the report relays it.

MATCH (a:Country {id: 'turkey'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'turkey-mediates-istanbul-talks'}]->(b)
SET r.role = 'lead', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['held in Istanbul with Turkish mediation', 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'];

MATCH (a:Country {id: 'qatar'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:MEDIATES {id: 'qatar-mediates-istanbul-talks'}]->(b)
SET r.role = 'supporting', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'];

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough'];

MATCH (a:Country {id: 'afghanistan'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghanistan-participates-in-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough'];

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistani-delegation-participates-in-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'], r.claimedBy = 'ISPR';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'], r.claimedBy = 'ISPR';

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REPRESENTS {id: 'pakistani-delegation-represents-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'], r.claimedBy = 'ISPR';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:REPRESENTS {id: 'afghan-taliban-delegation-represents-afghan-taliban'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands.'], r.claimedBy = 'officials familiar with the negotiations';

MATCH (a:Negotiation {id: 'istanbul-talks'}), (b:Place {id: 'istanbul'})
MERGE (a)-[r:HELD_IN {id: 'istanbul-talks-held-in-istanbul'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough'];

MATCH (a:Place {id: 'istanbul'}), (b:Country {id: 'turkey'})
MERGE (a)-[r:LOCATED_IN {id: 'istanbul-located-in-turkey'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul', 'These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye'];

MATCH (a:Negotiation {id: 'istanbul-talks-sunday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-sunday-session-part-of-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['The Istanbul talks followed a nine-hour session on Sunday'];

MATCH (a:Negotiation {id: 'istanbul-talks-monday-session'}), (b:Negotiation {id: 'istanbul-talks'})
MERGE (a)-[r:PART_OF {id: 'istanbul-talks-monday-session-part-of-istanbul-talks'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked'], r.claimedBy = 'officials familiar with the negotiations';

MATCH (a:Country {id: 'pakistan'}), (b:Negotiation {id: 'istanbul-talks-sunday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'pakistan-participates-in-istanbul-talks-sunday-session'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['The Istanbul talks followed a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda — that peace and cooperation between the two neighbors cannot progress unless the Taliban administration takes decisive action against groups targeting Pakistan.'];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Negotiation {id: 'istanbul-talks-monday-session'})
MERGE (a)-[r:PARTICIPATES_IN {id: 'afghan-taliban-delegation-participates-in-istanbul-talks-monday-session'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands.'], r.claimedBy = 'officials familiar with the negotiations';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Place {id: 'kabul'})
MERGE (a)-[r:LACKS_AUTHORIZATION_FROM {id: 'afghan-taliban-delegation-lacks-authorization-from-kabul'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['sources said the delegation lacked formal authorization from Kabul and Kandahar, limiting its ability to make binding commitments.'], r.claimedBy = 'sources';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Place {id: 'kandahar'})
MERGE (a)-[r:LACKS_AUTHORIZATION_FROM {id: 'afghan-taliban-delegation-lacks-authorization-from-kandahar'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['sources said the delegation lacked formal authorization from Kabul and Kandahar, limiting its ability to make binding commitments.'], r.claimedBy = 'sources';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Place {id: 'kabul'})
MERGE (a)-[r:CONTROLLED_FROM {id: 'afghan-taliban-delegation-controlled-from-kabul'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The delegation knows that accepting Pakistan’s demands would be the right course of action, but they are being controlled from Kabul.', 'It seems that some elements in Kabul are working on another agenda,” the source remarked.'], r.claimedBy = 'a security source';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:CONTROLLED_FROM {id: 'afghan-taliban-delegation-controlled-from-afghan-taliban'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Security officials further indicated that the Afghan delegates privately acknowledged the validity of Pakistan’s demands but were constrained by directives from their leadership in Kabul.'], r.claimedBy = 'security officials';
