// The Doha Agreement, demands, urging, endorsement and refusal around the talks.
// An edge with claimedBy rests on that speaker’s statement as the report relays it.

MATCH (a:Country {id: 'afghanistan'}), (b:Agreement {id: 'doha-agreement'})
MERGE (a)-[r:BOUND_BY {id: 'afghanistan-bound-by-doha-agreement'}]->(b)
SET r.obligation = 'preventing its territory from being used by militant groups against other countries', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['to uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries.'];

MATCH (a:Government {id: 'afghan-taliban'}), (b:Agreement {id: 'doha-agreement'})
MERGE (a)-[r:BOUND_BY {id: 'afghan-taliban-bound-by-doha-agreement'}]->(b)
SET r.obligation = 'uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Islamabad has repeatedly urged Kabul to ensure effective border management and to uphold its obligations under the Doha Agreement'];

MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban'}]->(b)
SET r.demand = 'concrete and verifiable measures against the banned TTP, Baloch militant groups and other organizations using Afghan territory to launch attacks, as the condition for cooperation', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.', 'The Istanbul talks followed a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda — that peace and cooperation between the two neighbors cannot progress unless the Taliban administration takes decisive action against groups targeting Pakistan.', 'Pakistan has presented specific proposals seeking verifiable actions to dismantle the TTP network and prevent cross-border attacks.'];

MATCH (a:Country {id: 'pakistan'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban-delegation'}]->(b)
SET r.demand = 'acceptance of the logical and reasoned demands Pakistan has presented at the talks', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['“The logical and reasoned demands that Pakistan has presented are legitimate, but the Afghan Taliban delegation is not ready to fully accept them,” a security source told reporters'], r.claimedBy = 'a security source';

MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:URGES {id: 'pakistan-urges-afghan-taliban'}]->(b)
SET r.message = 'ensure effective border management and uphold its obligations under the Doha Agreement', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Islamabad has repeatedly urged Kabul to ensure effective border management and to uphold its obligations under the Doha Agreement'];

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'pakistani-delegation-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest,” one source said.', 'The host countries have also conveyed the same message to the Afghan delegation.'], r.claimedBy = 'one source';

MATCH (a:Country {id: 'turkey'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'turkey-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest (the same message as the Pakistani delegation)', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The host countries have also conveyed the same message to the Afghan delegation.', 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest,” one source said.', 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'], r.claimedBy = 'one source';

MATCH (a:Country {id: 'qatar'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'qatar-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest (the same message as the Pakistani delegation)', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The host countries have also conveyed the same message to the Afghan delegation.', 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest,” one source said.', 'Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.'], r.claimedBy = 'one source';

MATCH (a:Country {id: 'turkey'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'turkey-endorses-pakistan'}]->(b)
SET r.position = 'Pakistan’s security concerns are reasonable and legitimate', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.', 'According to officials involved in the talks, both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”'], r.claimedBy = 'officials involved in the talks';

MATCH (a:Country {id: 'qatar'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'qatar-endorses-pakistan'}]->(b)
SET r.position = 'Pakistan’s security concerns are reasonable and legitimate', r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.', 'According to officials involved in the talks, both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”'], r.claimedBy = 'officials involved in the talks';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REJECTS {id: 'afghan-taliban-delegation-rejects-pakistan'}]->(b)
SET r.what = 'written assurances to meet Pakistan’s key security demands', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands.'], r.claimedBy = 'officials familiar with the negotiations';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REJECTS {id: 'afghan-taliban-delegation-rejects-pakistan-full-acceptance'}]->(b)
SET r.what = 'full acceptance of the demands Pakistan has presented', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['“The logical and reasoned demands that Pakistan has presented are legitimate, but the Afghan Taliban delegation is not ready to fully accept them,” a security source told reporters'], r.claimedBy = 'a security source';

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'afghan-taliban-delegation-endorses-pakistan'}]->(b)
SET r.position = 'the validity of Pakistan’s demands (acknowledged privately)', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Security officials further indicated that the Afghan delegates privately acknowledged the validity of Pakistan’s demands'], r.claimedBy = 'security officials';
