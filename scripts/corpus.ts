// `npm run corpus`: the corpus report — every document in ../shared/corpus checked and compared with the expectation a
// person wrote for it in tests/corpus/. Prints the table and the differences; exits 1 when any file differs.
import { CORPUS } from '../tests/helpers/shared';
import { corpusFiles, formatReport, reportFile } from '../tests/corpus/report';

const reports = [];
for (const file of corpusFiles(CORPUS)) reports.push(await reportFile(CORPUS, file));
process.stdout.write(formatReport(reports));
process.exitCode = reports.some((r) => r.differences.length > 0) ? 1 : 0;
