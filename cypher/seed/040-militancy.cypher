// Militancy, territory and government: where groups operate, whom they target, who governs and
// where authority sits. Place facts the report takes for granted cite the reference source.

// "Tensions along the border" names no border between the two; "the two neighbors", the narrator's own
// words for them, does.
MATCH (a:Country {id: 'pakistan'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:BORDERS {id: 'pakistan-borders-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'between the two neighbors'},
      {source: 'reference-general-knowledge', quote: 'Pakistan and Afghanistan share a border.'}
    ];

MATCH (a:Government {id: 'afghan-taliban'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:GOVERNS {id: 'afghan-taliban-governs-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the intentions of the interim Afghan government',
       claimant: 'the Inter-Services Public Relations (ISPR)', claimantId: 'ispr', stance: 'REPORTS'},
      {source: 'reference-general-knowledge', quote: 'The Taliban administration has governed Afghanistan since August 2021.',
       since: '2021-08'}
    ];

// Capitals: LOCATED_IN its country; SEAT_OF the Government where the graph has one, else the Country.
MATCH (a:Place {id: 'istanbul'}), (b:Country {id: 'turkey'})
MERGE (a)-[r:LOCATED_IN {id: 'istanbul-located-in-turkey'}]->(b)
SET r.citations = [{source: 'reference-general-knowledge', quote: 'Istanbul is a city in Türkiye.'}];

MATCH (a:Place {id: 'kabul'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:LOCATED_IN {id: 'kabul-located-in-afghanistan'}]->(b)
SET r.citations = [{source: 'reference-general-knowledge', quote: 'Kabul is the capital of Afghanistan'}];

MATCH (a:Place {id: 'kandahar'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:LOCATED_IN {id: 'kandahar-located-in-afghanistan'}]->(b)
SET r.citations = [{source: 'reference-general-knowledge', quote: 'Kandahar is a city in Afghanistan'}];

MATCH (a:Place {id: 'islamabad'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:LOCATED_IN {id: 'islamabad-located-in-pakistan'}]->(b)
SET r.citations = [{source: 'reference-general-knowledge', quote: 'Islamabad is the capital of Pakistan.'}];

MATCH (a:Place {id: 'islamabad'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:SEAT_OF {id: 'islamabad-seat-of-pakistan'}]->(b)
SET r.citations = [{source: 'reference-general-knowledge', quote: 'Islamabad is the capital of Pakistan.'}];

MATCH (a:Place {id: 'kabul'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:SEAT_OF {id: 'kabul-seat-of-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'their leadership in Kabul', claimant: 'security officials', stance: 'REPORTS'},
      {source: 'reference-general-knowledge', quote: 'Kabul is the capital of Afghanistan and the seat of the Taliban administration.'}
    ];

// Kandahar's role: a second place the Afghan leadership's authority comes from.
MATCH (a:Place {id: 'kandahar'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:SEAT_OF {id: 'kandahar-seat-of-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'lacked formal authorization from Kabul and Kandahar', claimant: 'sources', stance: 'REPORTS'},
      {source: 'reference-general-knowledge', quote: 'Kandahar is a city in Afghanistan, where the Taliban’s supreme leader is based.'}
    ];

// What the groups do and where from is Pakistan's claim, relayed by the report.
MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'ttp-operates-from-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'}
    ];

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'baloch-militant-groups-operates-from-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'}
    ];

MATCH (a:ArmedGroup {id: 'ttp'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'ttp-targets-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'dismantle the TTP network and prevent cross-border attacks',
       claimant: 'another official', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'unless the Taliban administration takes decisive action against groups targeting Pakistan',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'}
    ];

MATCH (a:ArmedGroup {id: 'baloch-militant-groups'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:TARGETS {id: 'baloch-militant-groups-targets-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'},
      {source: 'istanbul-talks-report', quote: 'unless the Taliban administration takes decisive action against groups targeting Pakistan',
       claimant: 'Pakistan', claimantId: 'pakistan', stance: 'REPORTS'}
    ];

// The narrator's own echo, in the opening sentence, of what Pakistan claims of the groups it names.
MATCH (a:ArmedGroup {id: 'terrorist-infrastructure'}), (b:Country {id: 'afghanistan'})
MERGE (a)-[r:OPERATES_FROM {id: 'terrorist-infrastructure-operates-from-afghanistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'terrorist infrastructure operating from Afghan soil'}
    ];

// The report says only "the banned TTP", naming no designator: the designation rests on the reference source.
MATCH (a:Country {id: 'pakistan'}), (b:ArmedGroup {id: 'ttp'})
MERGE (a)-[r:DESIGNATES {id: 'pakistan-designates-ttp'}]->(b)
SET r.status = 'banned',
    r.citations = [
      {source: 'reference-general-knowledge', quote: 'Pakistan banned the Tehreek-e-Taliban Pakistan (TTP) in August 2008.',
       since: '2008-08'}
    ];
