// The report the graph models, and the reference source for what the report takes for granted.
// The report's text names no publisher, date or URL, so none is recorded.
MERGE (s:Source {id: 'istanbul-talks-report'})
SET s.title = 'News report: Pakistan–Afghanistan talks in Istanbul', s.kind = 'report', s.language = 'en',
    s.textFile = '../sources/istanbul-talks.txt';

// Outside knowledge, kept apart so an analyst can exclude it.
MERGE (s:Source {id: 'reference-general-knowledge'})
SET s.title = 'Reference: general knowledge the Istanbul talks report takes for granted', s.kind = 'reference',
    s.language = 'en', s.textFile = '../sources/reference-general-knowledge.txt';
