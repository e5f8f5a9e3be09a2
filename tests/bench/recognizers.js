// The peer of cf-normalize in the benchmark: Microsoft Recognizers-Text
// (npm @microsoft/recognizers-text-number and -number-with-unit) runs its
// number, percentage and currency models over sentences read from standard
// input, one "LANG<TAB>TEXT" a line (LANG en, zh or pt), and prints
// "SENTENCES SECONDS FOUND": the seconds of the parsing alone, after the
// modules are loaded and each model has parsed one warm-up sentence.  NODE_PATH points to the packages.
'use strict';
const N = require('@microsoft/recognizers-text-number');
const U = require('@microsoft/recognizers-text-number-with-unit');
const fs = require('fs');

const cultures = { en: 'en-us', zh: 'zh-cn', pt: 'pt-br' };
const models = {};
for (const [lang, c] of Object.entries(cultures)) {
  const n = new N.NumberRecognizer(c);
  const u = new U.NumberWithUnitRecognizer(c);
  models[lang] = [n.getNumberModel(), n.getPercentageModel(), u.getCurrencyModel()];
  // the first parse builds the models' expressions: not counted
  for (const m of models[lang]) m.parse('1,000 (20%) 2 billion yuan 三千亿元 20 mil reais');
}
const lines = fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
let found = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) {
  const tab = line.indexOf('\t');
  const ms = models[line.slice(0, tab)] || models.en;
  const text = line.slice(tab + 1);
  for (const m of ms) found += m.parse(text).length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(lines.length + ' ' + secs.toFixed(3) + ' ' + found);
