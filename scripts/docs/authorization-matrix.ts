// npm run docs:authorization – rewrites docs/authorization-matrix.md from the one table.
import { writeFileSync } from "node:fs";
import { authorizationMatrixDocument } from "../../lib/access/authorization-matrix-document";

writeFileSync("docs/authorization-matrix.md", authorizationMatrixDocument());
console.log("docs/authorization-matrix.md written");
