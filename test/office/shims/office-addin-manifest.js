// office-addin-mock needs only the OfficeApp enum; the full package loads ESM-only dependencies
// (strip-bom 5, node-fetch 3) that Jest cannot require. This CommonJS file of the package has none.
module.exports = require('office-addin-manifest/lib/officeApp');
