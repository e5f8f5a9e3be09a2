// Drives cf-render's html report in Debian's chromium through puppeteer-core
// (tests/render-browser.sh sets it up): loads the page, filters, searches,
// sorts, opens an evidence list, checks the DOM after each step against the
// agg records the report was made of, records every request, and takes
// screenshots at 1400 and 420 px.  Prints "ok - ..." / "FAIL - ..." lines.
//
// usage: node render-browser.js CHROMIUM REPORT.html AGGS.ndjson OUTDIR PROFILE
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [chromium, report, aggsFile, outdir, profile] = process.argv.slice(2);
let failed = 0, lapt = Date.now();
function lap(what) { const t = Date.now(); console.log('# ' + what + ': ' + (t - lapt) + ' ms'); lapt = t; }
function check(name, want, got) {
	const w = JSON.stringify(want), g = JSON.stringify(got);
	if (w === g) console.log('ok - ' + name);
	else { console.log('FAIL - ' + name); console.log('    expected: ' + w.slice(0, 600)); console.log('    got:      ' + g.slice(0, 600)); failed = 1; }
}

// What the report must show, from its agg records.
const aggs = fs.readFileSync(aggsFile, 'utf8').split('\n').filter(l => l.startsWith('{"type":"agg"')).map(l => JSON.parse(l));
const place = a => a.area ? a.city + '/' + a.area : a.city;
const byPlace = new Map();
for (const a of aggs) byPlace.set(place(a), (byPlace.get(place(a)) || 0) + 1);
const charts = new Set(aggs.map(a => a.metric + '\u0000' + a.unit));
const conflicts = aggs.filter(a => a.conflict).length;
// The place to filter on: the one with the most indicators after the largest.
const ranked = [...byPlace.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
const pick = ranked[Math.min(1, ranked.length - 1)];

(async () => {
	const requests = [], problems = [];
	const browser = await puppeteer.launch({
		executablePath: chromium, headless: true, userDataDir: profile,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
		       '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage();
		const url = 'file://' + path.resolve(report);
		page.on('request', r => { if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url()); });
		page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.type() + ': ' + m.text()); });
		page.on('pageerror', e => problems.push('page error: ' + e.message));
		await page.setViewport({ width: 1400, height: 900 });

		// Load: the time to the load event, the script's work done; the best
		// of three loads, since other work on the machine only adds to it.
		const times = [];
		for (let i = 0; i < 3; i++) {
			const t0 = Date.now();
			await page.goto(url, { waitUntil: 'load', timeout: 60000 });
			await page.waitForFunction(() => document.getElementById('shown') && document.getElementById('shown').textContent !== '');
			times.push(Date.now() - t0);
		}
		const ms = Math.min(...times);
		console.log('# loaded in ' + times.join(', ') + ' ms: ' + aggs.length + ' indicators, ' + byPlace.size + ' places, ' +
		            fs.statSync(report).size + ' bytes');
		check('load: opens in under 2 s', true, ms < 2000);
		const dom = await page.evaluate(() => ({
			rows: document.querySelectorAll('#ind tbody tr').length,
			places: document.querySelectorAll('table.matrix tbody tr').length,
			figures: document.querySelectorAll('figure[id^="chart-"]').length,
			conflicts: document.querySelectorAll('#conflicts .conf').length,
			form: !document.getElementById('filters').hidden,
			shown: document.getElementById('shown').textContent,
			toc: [...document.querySelectorAll('nav.toc a')].every(a => document.getElementById(a.getAttribute('href').slice(1))),
			sideways: document.documentElement.scrollWidth > window.innerWidth,
		}));
		check('load: a row per indicator', aggs.length, dom.rows);
		check('load: a row per place in the comparison', byPlace.size, dom.places);
		check('load: a chart per metric and unit', charts.size, dom.figures);
		check('load: each conflict shown', conflicts, dom.conflicts);
		check('load: the script shows the filters', true, dom.form);
		check('load: the count of rows shown', aggs.length + ' of ' + aggs.length + ' indicators shown', dom.shown);
		check('load: every link of the table of contents has its section', true, dom.toc);
		check('load: nothing scrolls sideways at 1400 px', false, dom.sideways);
		fs.mkdirSync(outdir, { recursive: true });
		await page.screenshot({ path: path.join(outdir, 'report-1400.png') });

		lap('load and checks');
		// Filter by place, then by kind too, then search the evidence.
		await page.select('select[name="place"]', pick[0]);
		let vis = await page.evaluate(() => [...document.querySelectorAll('#ind tbody tr')].filter(r => !r.hidden).map(r => r.dataset.place));
		check('filter: the place\'s indicators (' + pick[0] + ')', pick[1], vis.length);
		check('filter: only that place', [pick[0]], [...new Set(vis)]);
		const kinds = aggs.filter(a => place(a) === pick[0] && a.kind === 'actual').length;
		await page.select('select[name="kind"]', 'actual');
		vis = await page.evaluate(() => [...document.querySelectorAll('#ind tbody tr')].filter(r => !r.hidden).map(r => r.dataset.kind));
		check('filter: place and kind', kinds, vis.length);
		check('filter: the count shown', kinds + ' of ' + aggs.length + ' indicators shown',
		      await page.$eval('#shown', e => e.textContent));
		await page.select('select[name="place"]', '');
		await page.select('select[name="kind"]', '');
		// By metric, then metric and language.
		const shown = () => page.evaluate(() => [...document.querySelectorAll('#ind tbody tr')].filter(r => !r.hidden).length);
		await page.select('select[name="metric"]', 'industry_scale');
		check('filter: a metric', aggs.filter(a => a.metric === 'industry_scale').length, await shown());
		await page.select('select[name="lang"]', 'pt');
		check('filter: a metric in a language', aggs.filter(a => a.metric === 'industry_scale' && (a.langs || []).includes('pt')).length,
		      await shown());
		await page.select('select[name="metric"]', '');
		await page.select('select[name="lang"]', '');
		const word = 'billion';
		await page.type('input[name="q"]', word);
		// The search waits for a pause in the typing.
		await page.waitForFunction(n => document.getElementById('shown').textContent !== n + ' of ' + n + ' indicators shown',
		                           { timeout: 20000 }, aggs.length);
		const found = await page.evaluate(w => {
			const v = [...document.querySelectorAll('#ind tbody tr')].filter(r => !r.hidden);
			return { n: v.length, all: v.every(r => r.textContent.toLowerCase().includes(w)),
			         none: [...document.querySelectorAll('#ind tbody tr')].filter(r => r.hidden).every(r => !r.textContent.toLowerCase().includes(w)) };
		}, word);
		check('search: rows whose evidence holds "' + word + '" and only those', { some: true, all: true, none: true },
		      { some: found.n > 0 && found.n < aggs.length, all: found.all, none: found.none });
		await page.$eval('input[name="q"]', e => { e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true })); });
		await page.waitForFunction(n => document.getElementById('shown').textContent === n + ' of ' + n + ' indicators shown',
		                           { timeout: 20000 }, aggs.length);
		check('search: cleared, every row again', aggs.length + ' of ' + aggs.length + ' indicators shown',
		      await page.$eval('#shown', e => e.textContent));

		lap('filter and search');
		// Sort by value, up then down: numbers as numbers.
		const values = () => page.evaluate(() => [...document.querySelectorAll('#ind tbody tr')].map(r => parseFloat(r.cells[4].dataset.v)));
		const sorted = v => v.every((x, i) => i === 0 || v[i - 1] <= x);
		await page.click('#ind thead th:nth-child(5) button');
		let v = await values();
		check('sort: by value, ascending', true, sorted(v) && v.length === aggs.length);
		check('sort: the header says so', 'ascending', await page.$eval('#ind thead th:nth-child(5)', e => e.getAttribute('aria-sort')));
		await page.click('#ind thead th:nth-child(5) button');
		v = await values();
		check('sort: again, descending', true, sorted(v.slice().reverse()));
		await page.click('#ind thead th:nth-child(1) button');
		const names = await page.evaluate(() => [...document.querySelectorAll('#ind tbody tr')].map(r => r.cells[0].textContent));
		check('sort: by place, as text', true, names.every((x, i) => i === 0 || names[i - 1].localeCompare(x) <= 0));

		lap('sort');
		// Open the evidence of the first row with a marked figure.
		const ev = await page.evaluate(() => {
			const d = [...document.querySelectorAll('#ind tbody details')].find(x => x.querySelector('mark'));
			if (!d) return null;
			const closed = !d.open && !d.querySelector('ol').checkVisibility();
			d.querySelector('summary').click();
			const li = d.querySelectorAll('li');
			return { closed, open: d.open, items: li.length, shown: d.querySelector('ol').checkVisibility(),
			         mark: !!li[0].querySelector('mark'), title: !!li[0].querySelector('.src a[href^="#d"]'),
			         file: !!li[0].querySelector('.src a.file[href^="file:///"]') };
		});
		check('evidence: folded, opens on a click, the figure marked, title and file beside it',
		      { closed: true, open: true, some: true, shown: true, mark: true, title: true, file: true },
		      ev && { closed: ev.closed, open: ev.open, some: ev.items > 0, shown: ev.shown, mark: ev.mark, title: ev.title, file: ev.file });

		lap('evidence');
		// 420 px: nothing scrolls sideways.
		await page.setViewport({ width: 420, height: 900 });
		await page.reload({ waitUntil: 'load' });
		const narrow = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, v: window.innerWidth }));
		check('420 px: nothing scrolls sideways', narrow.v, narrow.w);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: path.join(outdir, 'report-420.png') });
		lap('420 px');
		check('no request but the page itself', [], requests);
		check('no console error or warning, no script error', [], problems);
	} finally {
		await browser.close();
	}
	process.exit(failed);
})().catch(e => { console.log('FAIL - the browser run: ' + e.message); process.exit(1); });
