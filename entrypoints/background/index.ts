export default defineBackground(() => {
  // Wiring lives here; handlers live in lib/ (owner: extension helper).
});
