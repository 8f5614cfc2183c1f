// The one source: a news report with no headline, publisher, date or URL in the text.
MERGE (s:Source {id: 'istanbul-talks-report'}) SET s.title = 'News report: Pakistan–Afghanistan talks in Istanbul', s.file = 'cypher/sources/istanbul-talks.txt';
