// The Doha Agreement, and what each side asks, urges, endorses and refuses around the talks.
// Each citation carries the value it supports (demand, message, position, what, response).

// The agreement's text as the report gives it commits Afghanistan, the Country; being urged to uphold it is an URGES.
MATCH (a:Country {id: 'afghanistan'}), (b:Agreement {id: 'doha-agreement'})
MERGE (a)-[r:BOUND_BY {id: 'afghanistan-bound-by-doha-agreement'}]->(b)
SET r.obligation = 'preventing its territory from being used by militant groups against other countries',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries'}
    ];

MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks',
       demand: 'concrete and verifiable measures against the TTP, Baloch militant groups and other organizations using Afghan territory to launch attacks, as the condition for cooperation'},
      {source: 'istanbul-talks-report', quote: 'Pakistan reiterated its one-point agenda — that peace and cooperation between the two neighbors cannot progress unless the Taliban administration takes decisive action against groups targeting Pakistan',
       demand: 'decisive action against groups targeting Pakistan, as the condition for peace and cooperation', when: 'Sunday'}
    ];

// Pakistan's separate asks at the talks, each its own citation and value.
MATCH (a:Country {id: 'pakistan'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:DEMANDS {id: 'pakistan-demands-afghan-taliban-delegation'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands',
       claimant: 'officials familiar with the negotiations', stance: 'REPORTS',
       demand: 'written assurances to meet Pakistan’s key security demands'},
      {source: 'istanbul-talks-report', quote: 'The logical and reasoned demands that Pakistan has presented are legitimate',
       claimant: 'a security source', stance: 'REPORTS', demand: 'the logical and reasoned demands that Pakistan has presented'},
      {source: 'istanbul-talks-report', quote: 'Pakistan has presented specific proposals seeking verifiable actions to dismantle the TTP network',
       claimant: 'another official', stance: 'REPORTS', demand: 'verifiable actions to dismantle the TTP network'},
      {source: 'istanbul-talks-report', quote: 'specific proposals seeking verifiable actions to dismantle the TTP network and prevent cross-border attacks',
       claimant: 'another official', stance: 'REPORTS', demand: 'verifiable actions to prevent cross-border attacks'}
    ];

// "The message from Islamabad" names no addressee: the side it is sent to in the talks is the one Islamabad urges.
MATCH (a:Country {id: 'pakistan'}), (b:Government {id: 'afghan-taliban'})
MERGE (a)-[r:URGES {id: 'pakistan-urges-afghan-taliban'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'Islamabad has repeatedly urged Kabul to ensure effective border management',
       message: 'ensure effective border management'},
      {source: 'istanbul-talks-report', quote: 'and to uphold its obligations under the Doha Agreement',
       message: 'uphold its obligations under the Doha Agreement'},
      {source: 'istanbul-talks-report', quote: 'The message from Islamabad was clear no compromise on terrorism',
       claimant: 'another official', stance: 'REPORTS', message: 'no compromise on terrorism'}
    ];

MATCH (a:Delegation {id: 'pakistani-delegation'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'pakistani-delegation-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest',
       claimant: 'one source', stance: 'REPORTS'}
    ];

// "The host countries" are the two the report names just before: Turkey, with support from Qatar.
MATCH (a:Country {id: 'turkey'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'turkey-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'The host countries have also conveyed the same message to the Afghan delegation.',
       claimant: 'one source', stance: 'REPORTS'}
    ];

MATCH (a:Country {id: 'qatar'}), (b:Delegation {id: 'afghan-taliban-delegation'})
MERGE (a)-[r:URGES {id: 'qatar-urges-afghan-taliban-delegation'}]->(b)
SET r.message = 'accepting Pakistan’s demands is in everyone’s interest',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'The host countries have also conveyed the same message to the Afghan delegation.',
       claimant: 'one source', stance: 'REPORTS'}
    ];

MATCH (a:Country {id: 'turkey'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'turkey-endorses-pakistan'}]->(b)
SET r.position = 'Pakistan’s security concerns are reasonable and legitimate',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”',
       claimant: 'officials involved in the talks', stance: 'REPORTS'}
    ];

MATCH (a:Country {id: 'qatar'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'qatar-endorses-pakistan'}]->(b)
SET r.position = 'Pakistan’s security concerns are reasonable and legitimate',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”',
       claimant: 'officials involved in the talks', stance: 'REPORTS'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:ENDORSES {id: 'afghan-taliban-delegation-endorses-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan delegates privately acknowledged the validity of Pakistan’s demands',
       claimant: 'security officials', stance: 'REPORTS', position: 'the validity of Pakistan’s demands, acknowledged privately'},
      {source: 'istanbul-talks-report', quote: 'The delegation knows that accepting Pakistan’s demands would be the right course of action',
       claimant: 'the source', stance: 'REPORTS', position: 'accepting Pakistan’s demands would be the right course of action'}
    ];

MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:REJECTS {id: 'afghan-taliban-delegation-rejects-pakistan'}]->(b)
SET r.citations = [
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands',
       claimant: 'officials familiar with the negotiations', stance: 'REPORTS',
       what: 'written assurances to meet Pakistan’s key security demands'},
      {source: 'istanbul-talks-report', quote: 'the Afghan Taliban delegation is not ready to fully accept them',
       claimant: 'a security source', stance: 'REPORTS', what: 'full acceptance of the demands Pakistan has presented'}
    ];

// "Reportedly", with no one named: the report relays the claim (REPORTS) but names no claimant; the hedge is
// a modality, not a voice, and stays in the quote.
MATCH (a:Delegation {id: 'afghan-taliban-delegation'}), (b:Country {id: 'pakistan'})
MERGE (a)-[r:RESPONDS_TO {id: 'afghan-taliban-delegation-responds-to-pakistan'}]->(b)
SET r.response = 'responded positively to some of the proposals',
    r.citations = [
      {source: 'istanbul-talks-report', quote: 'Afghan representatives reportedly responded positively to some of the proposals',
       stance: 'REPORTS'}
    ];
