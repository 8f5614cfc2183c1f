// The report the graph models, and the reference source for what the report takes for granted.
// The report's text names no publisher, date or URL, so none is recorded.
MERGE (s:Source {id: 'istanbul-talks-report'})
SET s.title = 'News report: Pakistan–Afghanistan talks in Istanbul', s.kind = 'report', s.language = 'en',
    s.text = '
Istanbul: The latest round of peace talks between Pakistan and Afghanistan, held in Istanbul with Turkish mediation, has ended without a breakthrough as both sides failed to agree on a framework to dismantle terrorist infrastructure operating from Afghan soil.
Officials familiar with the negotiations said Monday’s session, the third day of discussions remained deadlocked after the Afghan Taliban delegation refused to provide written assurances to meet Pakistan’s key security demands.
“The logical and reasoned demands that Pakistan has presented are legitimate, but the Afghan Taliban delegation is not ready to fully accept them,” a security source told reporters, adding that the talks were “facing serious difficulties.”
Pakistan has maintained a firm stance, insisting that cooperation with the Taliban regime depends on Kabul taking concrete and verifiable measures against the banned Tehreek-e-Taliban Pakistan (TTP), Baloch militant groups, and other organizations using Afghan territory to launch attacks.
“The message from Islamabad was clear no compromise on terrorism,” said another official. “Pakistan has presented specific proposals seeking verifiable actions to dismantle the TTP network and prevent cross-border attacks.”
While Afghan representatives reportedly responded positively to some of the proposals, sources said the delegation lacked formal authorization from Kabul and Kandahar, limiting its ability to make binding commitments.
Security officials further indicated that the Afghan delegates privately acknowledged the validity of Pakistan’s demands but were constrained by directives from their leadership in Kabul.
“It seems that some elements in Kabul are working on another agenda,” the source remarked. “The delegation knows that accepting Pakistan’s demands would be the right course of action, but they are being controlled from Kabul.”
The Istanbul talks followed a nine-hour session on Sunday, during which Pakistan reiterated its one-point agenda — that peace and cooperation between the two neighbors cannot progress unless the Taliban administration takes decisive action against groups targeting Pakistan.
The talks coincided with heightened tensions along the border. On Sunday, Pakistan’s military reported foiling two infiltration attempts by militants from Afghan territory. In a statement, the Inter-Services Public Relations (ISPR) said:
“These infiltration attempts are being carried out at a time when delegations of Pakistan and Afghanistan are engaged in talks in Türkiye, casting doubts on the intentions of the interim Afghan government regarding the issue of terrorism emanating from its soil.”
Islamabad has repeatedly urged Kabul to ensure effective border management and to uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries.
Diplomatic sources said efforts are ongoing to salvage the peace process, though a breakthrough appears unlikely without a clear directive from the Taliban leadership to act against the TTP network.
Turkey, with support from Qatar, continues to mediate in hopes of achieving progress. According to officials involved in the talks, both host nations have expressed agreement that Pakistan’s security concerns are “reasonable and legitimate.”
“The Pakistani delegation has made it clear that accepting Pakistan’s demands is in everyone’s interest,” one source said. “The host countries have also conveyed the same message to the Afghan delegation.”
Despite continued diplomatic engagement, analysts warn that unless Kabul takes tangible steps against militant safe havens, the stalemate in Istanbul could deepen mistrust between the two neighbors and derail regional stability efforts.



';

// Outside knowledge, kept apart so an analyst can exclude it.
MERGE (s:Source {id: 'reference-general-knowledge'})
SET s.title = 'Reference: general knowledge the Istanbul talks report takes for granted', s.kind = 'reference',
    s.language = 'en', s.text = 'Reference statements: general knowledge that the news report on the Istanbul talks takes for granted but does not state. They are not the report\'s words.
Istanbul is a city in Türkiye.
Kabul is the capital of Afghanistan and the seat of the Taliban administration.
Kandahar is a city in Afghanistan, where the Taliban’s supreme leader is based.
Islamabad is the capital of Pakistan.
Pakistan and Afghanistan share a border.
The Taliban administration has governed Afghanistan since August 2021.
Pakistan banned the Tehreek-e-Taliban Pakistan (TTP) in August 2008.
The Inter-Services Public Relations (ISPR) is the media wing of Pakistan’s armed forces.
Pakistan is officially the Islamic Republic of Pakistan, and Qatar the State of Qatar.
Türkiye, also written Turkiye, is officially the Republic of Türkiye, in English formerly the Republic of Turkey.
The Tehreek-e-Taliban Pakistan (TTP), also spelled Tehrik-i-Taliban Pakistan, is known as the Pakistani Taliban.
The Taliban administration calls itself the Islamic Emirate of Afghanistan.
';
