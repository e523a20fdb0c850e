// mulberry32: a small seeded generator (numbers in [0, 1)), so what a script draws can be drawn again from its seed.
// Used by the sample workbooks (build-crm-sample.js) and the mutation sample (mutation-sample.js).
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { seededRandom };
