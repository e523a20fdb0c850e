/* global Office */
// The function file's script (commands.html). The only ribbon button uses the ShowTaskpane action, which needs no
// code; Office still loads the function file, and it must initialise Office.js. An ExecuteFunction command would
// be registered here with Office.actions.associate("name", handler) inside onReady.
Office.onReady(() => {
  // Nothing to register yet.
});
