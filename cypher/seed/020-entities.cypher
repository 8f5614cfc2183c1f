// Every entity the Istanbul talks report names. A description says what the entity is, in what the report
// says of it and nothing more; outside knowledge (capitals, seats, official names) lives only in relationships
// cited from the reference source, so leaving out reference facts leaves it out. An alias is a name the report
// uses or one the reference source gives (official names, other spellings).
MERGE (n:Entity:Country {id: 'pakistan'})
SET n.name = 'Pakistan', n.aliases = ['Islamic Republic of Pakistan'],
    n.description = 'State party to the Istanbul talks with Afghanistan.';

MERGE (n:Entity:Country {id: 'afghanistan'})
SET n.name = 'Afghanistan', n.aliases = [],
    n.description = 'State party to the Istanbul talks with Pakistan.';

MERGE (n:Entity:Country {id: 'turkey'})
SET n.name = 'Turkey', n.aliases = ['Türkiye', 'Turkiye', 'Republic of Türkiye', 'Republic of Turkey'],
    n.description = 'Host country and lead mediator of the Pakistan–Afghanistan talks in Istanbul.';

MERGE (n:Entity:Country {id: 'qatar'})
SET n.name = 'Qatar', n.aliases = ['State of Qatar'],
    n.description = 'Host country supporting Turkey’s mediation of the Istanbul talks.';

MERGE (n:Entity:ArmedGroup {id: 'ttp'})
SET n.name = 'Tehreek-e-Taliban Pakistan', n.aliases = ['TTP', 'Tehrik-i-Taliban Pakistan', 'Pakistani Taliban'],
    n.description = 'Militant group that the report calls banned, without saying by whom.';

MERGE (n:Entity:ArmedGroup {id: 'baloch-militant-groups'})
SET n.name = 'Baloch militant groups', n.aliases = [],
    n.description = 'Militant groups named together as Baloch.';

MERGE (n:Entity:Government {id: 'afghan-taliban'})
SET n.name = 'Afghan Taliban administration',
    n.aliases = ['Afghan Taliban', 'Taliban regime', 'interim Afghan government', 'Taliban administration', 'Taliban',
                 'Taliban leadership', 'Islamic Emirate of Afghanistan'],
    n.description = 'The Afghan side’s authority in the report, which also calls it the Taliban regime and, quoting the ISPR, the interim Afghan government.';

MERGE (n:Entity:Agreement {id: 'doha-agreement'})
SET n.name = 'Doha Agreement', n.aliases = [],
    n.description = 'Agreement which, according to the report, commits Afghanistan to preventing its territory from being used by militant groups against other countries.';

MERGE (n:Entity:Negotiation {id: 'istanbul-talks'})
SET n.name = 'Istanbul talks', n.aliases = ['peace talks between Pakistan and Afghanistan'],
    n.description = 'Latest round of Pakistan–Afghanistan peace talks, held in Istanbul with Turkish mediation supported by Qatar.',
    n.outcome = 'ended without a breakthrough as both sides failed to agree on a framework to dismantle terrorist infrastructure operating from Afghan soil';

// The report dates both sessions only by weekday and gives no publication date: no calendar date.
MERGE (n:Entity:Negotiation {id: 'istanbul-talks-sunday-session'})
SET n.name = 'Nine-hour session on Sunday', n.aliases = ['nine-hour session on Sunday'],
    n.description = 'Nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda, according to the report.',
    n.when = 'Sunday', n.whenSourceId = 'istanbul-talks-report';

MERGE (n:Entity:Negotiation {id: 'istanbul-talks-monday-session'})
SET n.name = 'Istanbul talks: Monday session', n.aliases = ['Monday’s session'],
    n.description = 'Session on Monday, which officials familiar with the negotiations call the third day of discussions.',
    n.when = 'Monday, the third day of discussions', n.whenSourceId = 'istanbul-talks-report',
    n.outcome = 'remained deadlocked after the Afghan Taliban delegation refused to provide written assurances, according to officials familiar with the negotiations';

MERGE (n:Entity:Place {id: 'istanbul'})
SET n.name = 'Istanbul', n.aliases = [], n.description = 'Where the Pakistan–Afghanistan talks were held.';

MERGE (n:Entity:Place {id: 'kabul'})
SET n.name = 'Kabul', n.aliases = [], n.description = 'Place the report names for the Afghan leadership, from which the Afghan delegation is said to be directed.';

MERGE (n:Entity:Place {id: 'kandahar'})
SET n.name = 'Kandahar', n.aliases = [],
    n.description = 'Place the report names, with Kabul, as one the Afghan delegation lacked formal authorization from.';

MERGE (n:Entity:Place {id: 'islamabad'})
SET n.name = 'Islamabad', n.aliases = [], n.description = 'Place the report names for Pakistan’s government, which urges Kabul.';

MERGE (n:Entity:Organization {id: 'ispr'})
SET n.name = 'Inter-Services Public Relations', n.aliases = ['ISPR'],
    n.description = 'Pakistani body whose statement on the infiltration attempts the report quotes.';

MERGE (n:Entity:Organization {id: 'pakistan-military'})
SET n.name = 'Pakistan military', n.aliases = ['Pakistan’s military'], n.description = 'Pakistan’s military, which reported foiling two infiltration attempts.';

MERGE (n:Entity:Delegation {id: 'pakistani-delegation'})
SET n.name = 'Pakistani delegation', n.aliases = ['delegation of Pakistan'],
    n.description = 'Pakistan’s delegation at the Istanbul talks.';

MERGE (n:Entity:Delegation {id: 'afghan-taliban-delegation'})
SET n.name = 'Afghan Taliban delegation',
    n.aliases = ['Afghan delegation', 'Afghan representatives', 'Afghan delegates'],
    n.description = 'The Afghan side’s delegation at the Istanbul talks.';

// When the attempts happened the report does not say; "On Sunday" is when they were reported.
MERGE (n:Entity:Incident {id: 'infiltration-attempts'})
SET n.name = 'Two infiltration attempts', n.aliases = ['two infiltration attempts'],
    n.description = 'Two infiltration attempts that Pakistan’s military reported foiling, by militants from Afghan territory according to the military.',
    n.count = 2;

// The narrator's own words for what the talks were to dismantle; the report names no group for it.
MERGE (n:Entity:ArmedGroup {id: 'terrorist-infrastructure'})
SET n.name = 'Terrorist infrastructure operating from Afghan soil', n.aliases = ['terrorist infrastructure'],
    n.description = 'What the talks failed to agree on a framework to dismantle, in the report’s words; it names no group.';
