// Militancy: militant groups, the territory they operate from, whom they target,
// designation, borders and who governs.
// An edge with claimedBy rests on that speaker’s statement as the report relays it.

MATCH (a:Country {id: 'pakistan'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:BORDERS {id: 'pakistan-borders-afghanistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['The talks coincided with heightened tensions along the border.', 'Islamabad has repeatedly urged Kabul to ensure effective border management'];

MATCH (a:Government {id: 'afghan-taliban'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:GOVERNS {id: 'afghan-taliban-governs-afghanistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures', 'casting doubts on the intentions of the interim Afghan government regarding the issue of terrorism emanating from its soil'];

MATCH (a:Place {id: 'islamabad'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:SEAT_OF {id: 'islamabad-seat-of-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Islamabad has repeatedly urged Kabul to ensure effective border management', '“The message from Islamabad was clear no compromise on terrorism,” said another official.'];

MATCH (a:Place {id: 'kabul'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:SEAT_OF {id: 'kabul-seat-of-afghan-taliban'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures', 'constrained by directives from their leadership in Kabul'];

MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'ttp-operates-from-afghanistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.'], r.claimedBy = 'Pakistan';

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'baloch-militant-groups-operates-from-afghanistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.'], r.claimedBy = 'Pakistan';

MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'ttp-targets-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.', 'Pakistan has presented specific proposals seeking verifiable actions to dismantle the TTP network and prevent cross-border attacks.', 'unless the Taliban administration takes decisive action against groups targeting Pakistan.'], r.claimedBy = 'Pakistan';

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'baloch-militant-groups-targets-pakistan'}]->(b)
SET r.sourceIds = ['istanbul-talks-report', 'istanbul-talks-report'], r.quotes = ['Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.', 'unless the Taliban administration takes decisive action against groups targeting Pakistan.'], r.claimedBy = 'Pakistan';

MATCH (a:Country {id: 'pakistan'}), (b:ArmedGroup {id: 'ttp'})
MERGE (a)-[r:DESIGNATES {id: 'pakistan-designates-ttp'}]->(b)
SET r.status = 'banned', r.sourceIds = ['istanbul-talks-report'], r.quotes = ['concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP)'];
