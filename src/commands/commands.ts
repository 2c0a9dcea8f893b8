// Ribbon commands. The only button (manifest.xml, "Ouvrir Trépied") is a ShowTaskpane action,
// so no ExecuteFunction handler is registered yet; this page must still initialise Office.js.
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
