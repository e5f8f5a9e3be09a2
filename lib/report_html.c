/*
 * The HTML report: the walk of the model (report_walk) with the HTML of
 * each part, on standard output, and what only the page has: its charts
 * (SVG), its style sheet and its script.  One self-contained page: a
 * comparison of places, charts by metric, where sources disagree, the
 * indicators (filtered and sorted by the script), the documents and the
 * metrics.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "agg.h"
#include "die.h"
#include "humfmt.h"
#include "ndjson.h"
#include "report.h"
#include "report_html.h"
#include "sha256.h"

/* Escapes for HTML text and attribute values. */
static void
esc_html(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		case '\'': fputs("&#39;", stdout); break;
		default: putchar(*s);
		}
	}
}

/* Escapes for a Markdown table cell: HTML specials, Markdown punctuation, line ends. */

static double
nice_step(double range)
{
	double p, f;

	if (!(range > 0))
		return 1;
	p = pow(10, floor(log10(range / 4)));
	f = range / 4 / p;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static const char css[] =
	"*{box-sizing:border-box}"
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;"
	"margin:0 auto;max-width:1240px;padding:16px 20px;background:#fff;overflow-wrap:break-word}"
	"a.file,q{overflow-wrap:anywhere}"
	"h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin:28px 0 10px;border-bottom:1px solid #d0d7de}"
	"h3{font-size:15px;margin:12px 0 4px}.lead,.muted{color:#57606a}"
	".toc{display:flex;flex-wrap:wrap;gap:4px 14px;margin:8px 0}"
	"table{border-collapse:collapse;width:100%;font-size:13px}"
	"th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}"
	"th{background:#f6f8fa}th button{font:inherit;font-weight:600;border:0;background:none;padding:0;"
	"cursor:pointer;text-align:left}th[aria-sort=ascending] button::after{content:' \\25B2'}"
	"th[aria-sort=descending] button::after{content:' \\25BC'}"
	".num{text-align:right;white-space:nowrap}.nw{white-space:nowrap}"
	".conflict{color:#a40e26;font-weight:600}td.conflict{background:#ffebe9}"
	".tgt{color:#9a3412}.when{color:#57606a;font-size:12px}"
	"details summary{cursor:pointer}details ol{margin:4px 0;padding-left:20px}"
	"mark{background:#fff3b0;font-weight:600}.src{color:#57606a;font-size:12px}"
	"form.filters{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:end;margin:8px 0}"
	"form.filters label{display:flex;flex-direction:column;font-size:12px;color:#57606a}"
	"form.filters select,form.filters input{font:inherit;max-width:100%}"
	".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:14px}"
	"figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:8px;break-inside:avoid}"
	"figcaption{font-weight:600;font-size:14px;margin-bottom:4px}"
	"svg{width:100%;height:auto;display:block}svg text{font:11px system-ui,sans-serif;fill:#1b1f24}"
	".key{font-size:12px;color:#57606a}.conf{border-left:3px solid #a40e26;padding:2px 10px;margin:8px 0}"
	".scroll{overflow-x:auto;max-width:100%}"
	"@media (max-width:640px){body{padding:10px}"
	"table.blocks,table.blocks tbody,table.blocks tr,table.blocks td{display:block;width:100%}"
	"table.blocks thead{display:none}table.blocks tr{border:1px solid #d0d7de;margin-bottom:8px}"
	"table.blocks td{border:0;border-bottom:1px solid #eaeef2;text-align:left}table.blocks td:empty{display:none}"
	"table.blocks td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:#57606a}"
	"#ind th:nth-child(n+6):nth-child(-n+8),#ind td:nth-child(n+6):nth-child(-n+8){display:none}"
	"#docs th:nth-child(4),#docs td:nth-child(4){display:none}}"
	"@media print{body{max-width:none;font-size:10pt;padding:0}form.filters,.toc{display:none}"
	"table{font-size:8pt;table-layout:fixed}th button{pointer-events:none}"
	"figure,.conf,tr{break-inside:avoid}h2,h3{break-after:avoid}"
	"details::details-content{content-visibility:visible;display:block}}"
	/* Off-screen sections are laid out when they come into view: a page of thousands of rows opens at once. */
	"main>section{content-visibility:auto;contain-intrinsic-size:auto 1500px}";

/*
 * The script: filters and sorting of the indicators' table.  Everything it
 * works on is in the page already; without it the page is the same, less
 * the filter form (hidden until the script shows it).  Its SHA-256 goes in
 * the Content-Security-Policy, so no other script can run.
 */
static const char js[] =
	"(function(){"
	"var f=document.getElementById('filters'),t=document.getElementById('ind');"
	"if(!f||!t)return;f.hidden=false;"
	"var tb=t.tBodies[0],rows=[].slice.call(tb.rows),out=document.getElementById('shown');"
	"var text=rows.map(function(r){return r.textContent.toLowerCase()});"
	"function v(n){return f.elements[n].value}"
	/* Rows changed inside a section that is laid out only when seen
	 * (content-visibility) cost a full layout each: seen for good from the first change. */
	"var sec=t.closest('section');function full(){sec.style.contentVisibility='visible'}"
	"function apply(){full();var p=v('place'),m=v('metric'),k=v('kind'),l=v('lang'),q=v('q').toLowerCase(),n=0;"
	"rows.forEach(function(r,i){var d=r.dataset,ok=(!p||d.place===p)&&(!m||d.metric===m)&&"
	"(!k||d.kind===k)&&(!l||(' '+d.lang+' ').indexOf(' '+l+' ')>=0)&&(!q||text[i].indexOf(q)>=0);"
	"r.hidden=!ok;if(ok)n++});out.textContent=n+' of '+rows.length+' indicators shown';}"
	"var tm;f.addEventListener('input',function(e){clearTimeout(tm);"
	"if(e.target.name==='q')tm=setTimeout(apply,200);else apply()});f.addEventListener('change',apply);"
	"f.addEventListener('submit',function(e){e.preventDefault()});"
	"var hs=[].slice.call(t.tHead.rows[0].cells);"
	"hs.forEach(function(th,i){var b=document.createElement('button');b.type='button';"
	"b.textContent=th.textContent;th.textContent='';th.appendChild(b);"
	"b.addEventListener('click',function(){full();var asc=th.getAttribute('aria-sort')!=='ascending';"
	"hs.forEach(function(h){h.removeAttribute('aria-sort')});"
	"th.setAttribute('aria-sort',asc?'ascending':'descending');"
	"var idx=rows.map(function(r,j){return j});"
	"function key(r){var c=r.cells[i];return c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent}"
	"idx.sort(function(a,b){var x=key(rows[a]),y=key(rows[b]),c;"
	"if(th.hasAttribute('data-num')){x=parseFloat(x);y=parseFloat(y);"
	"c=isNaN(x)?(isNaN(y)?0:1):isNaN(y)?-1:(x-y)*(asc?1:-1)}"
	"else c=x.localeCompare(y)*(asc?1:-1);return c||a-b});"
	"rows=idx.map(function(j){return rows[j]});text=idx.map(function(j){return text[j]});"
	"rows.forEach(function(r){tb.appendChild(r)})})});"
	"out.textContent=rows.length+' of '+rows.length+' indicators shown';})();";

/* Escapes for HTML text and attribute values. */
static void
esc_htmln(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		case '\'': fputs("&#39;", stdout); break;
		default: putchar(s[i]);
		}
}

/* The significant digits of a number's decimal text ("224.6" -> "2246", "130" -> "13"). */
static void
sig_digits(const char *s, size_t n, char *out, size_t size)
{
	size_t i, o = 0;

	for (i = 0; i < n && o + 1 < size; i++)
		if (s[i] >= '0' && s[i] <= '9' && (o > 0 || s[i] != '0'))
			out[o++] = s[i];
	while (o > 0 && out[o - 1] == '0')
		o--;
	out[o] = '\0';
}

/*
 * Where the figure of a fact is in its evidence: the span of END - START
 * bytes (the fact's own offsets) whose digits are those of its value, the
 * first such; 0 when none is (a figure written in words).
 */
static int
fig_span(const char *ev, double value, long long len, size_t *off)
{
	char want[40], got[40], num[40];
	size_t n = strlen(ev), i;
	int pass;

	if (len <= 0 || (size_t)len > n || !isfinite(value))
		return 0;
	snprintf(num, sizeof num, "%.14e", fabs(value));
	sig_digits(num, strcspn(num, "e"), want, sizeof want);
	if (!*want)
		return 0;
	/* First spans that start with a digit, then with a sign or a currency ("$1", "R$", "¥"). */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i + (size_t)len <= n; i++) {
			unsigned char c = (unsigned char)ev[i];
			if ((c & 0xC0) == 0x80 || ((unsigned char)ev[i + len] & 0xC0) == 0x80 ||
			    ev[i + len - 1] == ' ' || (i > 0 && ev[i - 1] >= '0' && ev[i - 1] <= '9') ||
			    (isalnum((unsigned char)ev[i + len - 1]) && isalnum((unsigned char)ev[i + len])))
				continue;   /* inside a character, after a digit, or ending inside a word */
			if (pass == 0 ? !(c >= '0' && c <= '9') : !strchr("$-.R", c) && c != 0xC2 && c != 0xE2)
				continue;
			sig_digits(ev + i, (size_t)len, got, sizeof got);
			if (strcmp(got, want) == 0 && (ev[i + len] < '0' || ev[i + len] > '9')) {
				*off = i;
				return 1;
			}
		}
	return 0;
}

/* A file: URL for a document path (relative ones from the working directory). */
static void
file_url(const char *doc, const char *cwd)
{
	const unsigned char *p;
	int pass;

	fputs("file://", stdout);
	for (pass = 0; pass < 2; pass++) {
		p = (const unsigned char *)(pass ? doc : *doc == '/' ? "" : cwd);
		if (pass == 1 && *doc != '/' && *cwd)
			putchar('/');
		for (; *p; p++)
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
			    strchr("/-._~", *p))
				putchar(*p);
			else
				printf("%%%02X", *p);
	}
}

/* The writer's state: the working directory, for file: URLs, and the script. */
struct html {
	char cwd[4096];
	char *script;
	char hash[45];   /* the script's SHA-256, for the Content-Security-Policy */
};

/* The language of document NAME. */
static const char *
doc_lang(const struct report *r, const char *name)
{
	size_t k = report_doc_index(r, name);

	return k == REPORT_NONE ? "und" : r->doc[k].lang;
}

/* The source of one fact: the article's title (linked to its row of documents), date, file. */
static void
html_source(const struct report *r, const char *doc, const char *cwd)
{
	const json_t *dr = json_object_get(r->docrecs, doc);
	size_t k = report_doc_index(r, doc);

	printf("<span class=\"src\">");
	if (k != REPORT_NONE)
		printf("<a href=\"#d%zu\">", k);
	esc_html(report_str(dr, "title", doc));
	if (k != REPORT_NONE)
		printf("</a>");
	if (nd_str(dr, "date")) {
		printf(" \xc2\xb7 ");
		esc_html(nd_str(dr, "date"));
	}
	printf(" \xc2\xb7 <a class=\"file\" href=\"");
	file_url(doc, cwd);
	printf("\">");
	esc_html(doc);
	printf("</a></span>");
}

/* The evidence of one fact: its sentence, the figure marked. */
static void
html_evidence(const json_t *f)
{
	const char *ev = report_str(f, "evidence", "");
	long long len = nd_int(f, "end", 0) - nd_int(f, "start", 0);
	size_t off;

	printf("<q>");
	if (fig_span(ev, nd_num(f, "value", NAN), len, &off)) {
		esc_htmln(ev, off);
		printf("<mark>");
		esc_htmln(ev + off, (size_t)len);
		printf("</mark>");
		esc_html(ev + off + len);
	} else {
		esc_html(ev);
	}
	printf("</q>");
}

/* Whether fact I of D repeats an earlier one's document and sentence. */
static int
seen_evidence(const struct report_ind *d, size_t i)
{
	const json_t *f = json_array_get(d->frecs, i), *g;
	size_t k;

	for (k = 0; k < i; k++) {
		g = json_array_get(d->frecs, k);
		if (strcmp(report_str(f, "doc", ""), report_str(g, "doc", "")) == 0 &&
		    strcmp(report_str(f, "evidence", ""), report_str(g, "evidence", "")) == 0 &&
		    nd_num(f, "start", 0) == nd_num(g, "start", 0))
			return 1;
	}
	return 0;
}

/* Whether fact I of D repeats an earlier one's document with value V. */
static int
seen_doc(const struct report_ind *d, size_t i, double v)
{
	const json_t *f = json_array_get(d->frecs, i), *g;
	size_t k;

	for (k = 0; k < i; k++) {
		g = json_array_get(d->frecs, k);
		if (nd_num(g, "value", NAN) == v && strcmp(report_str(f, "doc", ""), report_str(g, "doc", "")) == 0)
			return 1;
	}
	return 0;
}

static void
html_value_cell(const struct report *r, size_t k, const char *cls)
{
	char buf[200];
	const struct report_ind *d = &r->ind[k];

	printf("<div%s%s%s><a href=\"#i%zu\">", cls ? " class=\"" : "", cls ? cls : "", cls ? "\"" : "", k);
	esc_html(report_human(d, buf, sizeof buf));
	printf("</a>");
	if (d->conflict)
		printf(" <span class=\"conflict\" title=\"sources disagree\">\xe2\x89\xa0</span>");
	if (*d->period) {
		printf(" <span class=\"when\">");
		if (cls)
			printf("%s ", d->kind);
		esc_html(d->period);
		printf("</span>");
	}
	printf("</div>");
}

static void
html_place(const struct report_ind *d)
{
	char pb[512];

	esc_html(*d->city || *d->area ? report_place_name(d->city, d->area, pb, sizeof pb) : "(no place)");
}

/* The comparison: a row per place, a column per metric, the latest actual and target. */
static void
html_matrix(const struct report *r, void *w)
{
	char lb[120];
	size_t m;

	if (!r->nind)
		return;
	printf("<section id=\"compare\"><h2>Comparison of places</h2>\n"
	       "<p class=\"muted\">Each place's latest actual figure for each metric, and below it the "
	       "latest target or forecast; \xe2\x89\xa0 marks sources that disagree.  Each figure links "
	       "to its indicator.</p>\n<table class=\"blocks matrix\"><thead><tr><th>Place</th>");
	for (m = 0; m < r->nmetrics; m++) {
		printf("<th>");
		esc_html(humfmt_metric(r->metrics[m], lb, sizeof lb));
		printf("</th>");
	}
	printf("</tr></thead>\n<tbody>\n");
}

static void
html_matrix_row(const struct report *r, size_t i, size_t e, void *w)
{
	printf("<tr><th>");
	html_place(&r->ind[i]);
	printf("</th>");
}

static void
html_matrix_cell(const struct report *r, const struct report_block *b, void *w)
{
	char lb[120];

	if (b->first == REPORT_NONE) {
		printf("<td></td>");
		return;
	}
	printf("<td data-label=\"");
	esc_html(humfmt_metric(b->metric, lb, sizeof lb));
	printf("\">");
	if (b->act != REPORT_NONE)
		html_value_cell(r, b->act, NULL);
	if (b->tgt != REPORT_NONE)
		html_value_cell(r, b->tgt, "tgt");
	printf("</td>");
}

static void
html_matrix_row_end(const struct report *r, void *w)
{
	printf("</tr>\n");
}

static void
html_matrix_end(const struct report *r, void *w)
{
	if (r->nind)
		printf("</tbody></table></section>\n");
}

static const char *const palette[] = { "#0969da", "#d9480f", "#1a7f37", "#8250df", "#bf3989", "#6e7781" };
#define NPAL (sizeof palette / sizeof palette[0])
#define BARS_MAX 30

struct pl {
	size_t first, act, tgt;   /* indicator indices; act, tgt REPORT_NONE when none */
	double key;               /* the latest actual value, for the order of places */
	size_t nyears;
};

static int
pl_cmp(const void *a, const void *b)
{
	const struct pl *x = a, *y = b;

	if (x->key != y->key)
		return isnan(x->key) ? 1 : isnan(y->key) ? -1 : x->key > y->key ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first);
}

/* A y axis from 0 (or below) to above V1 in nice steps: grid lines and labels. */
static void
y_axis(double *y0, double *y1, const char *unit, double L, double R, double W, double T, double H,
       double B)
{
	double st, y, py;
	char buf[120];
	int n;

	if (*y1 <= *y0)
		*y1 = *y0 + 1;
	st = nice_step(*y1 - *y0);
	*y0 = floor(*y0 / st) * st;
	*y1 = ceil(*y1 / st) * st;
	for (y = *y0, n = 0; y <= *y1 + st / 2 && n < 20; y += st, n++) {
		py = T + (*y1 - y) / (*y1 - *y0) * (H - T - B);
		printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", L, py, W - R, py);
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", L - 6, py + 4);
		esc_html(humfmt_value(buf, sizeof buf, fabs(y) < st / 1e6 ? 0 : y, unit));
		printf("</text>");
	}
}

/* The latest value of each place: a bar for the actual, a hollow dashed ring for the target. */
static void
bar_chart(const struct report *r, struct pl *p, size_t np)
{
	const double W = 640, L = 170, R = 110, T = 8, RH = 20;
	double x1 = 0, v, px, H;
	char buf[200];
	size_t i, n = 0;

	for (i = 0; i < np && n < BARS_MAX; i++)
		if (p[i].act != REPORT_NONE || p[i].tgt != REPORT_NONE)
			n++;
	for (i = 0; i < np; i++) {
		if (p[i].act != REPORT_NONE && r->ind[p[i].act].value > x1)
			x1 = r->ind[p[i].act].value;
		if (p[i].tgt != REPORT_NONE && r->ind[p[i].tgt].value > x1)
			x1 = r->ind[p[i].tgt].value;
	}
	if (!(x1 > 0))
		x1 = 1;
	H = T + RH * (double)n + 8;
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" role=\"img\" "
	       "aria-label=\"latest value by place\">", W, H);
	for (i = 0, n = 0; i < np && n < BARS_MAX; i++) {
		double y = T + RH * (double)n;
		if (p[i].act == REPORT_NONE && p[i].tgt == REPORT_NONE)
			continue;
		n++;
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", L - 6, y + 14);
		html_place(&r->ind[p[i].first]);
		printf("</text>");
		if (p[i].act != REPORT_NONE && !isnan(v = r->ind[p[i].act].value) && v >= 0) {
			px = v / x1 * (W - L - R);
			printf("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0969da\">"
			       "<title>", L, y + 3, px, RH - 6);
			esc_html(report_human(&r->ind[p[i].act], buf, sizeof buf));
			printf(" (%s)</title></rect><text x=\"%.1f\" y=\"%.1f\">", r->ind[p[i].act].period, L + px + 4,
			       y + 14);
			esc_html(report_human(&r->ind[p[i].act], buf, sizeof buf));
			printf("</text>");
		}
		if (p[i].tgt != REPORT_NONE && !isnan(v = r->ind[p[i].tgt].value) && v >= 0) {
			px = L + v / x1 * (W - L - R);
			printf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#fff\" stroke=\"#d9480f\" "
			       "stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>%s ", px, y + RH / 2,
			       r->ind[p[i].tgt].kind);
			esc_html(r->ind[p[i].tgt].period);
			printf(": ");
			esc_html(report_human(&r->ind[p[i].tgt], buf, sizeof buf));
			printf("</title></circle>");
		}
	}
	printf("</svg>");
}

/*
 * One year of one place's series: the value the most facts give among the
 * indicators of that year and side (actual, or target and forecast), and
 * the range of every value given.
 */
struct yv {
	double year, value, lo, hi;
	size_t k;
};

static size_t
year_values(const struct report *r, size_t i, size_t e, const char *unit, int target, struct yv *out)
{
	size_t k, n = 0, m;
	const struct report_ind *d;
	double y;

	for (k = i; k < e; k++) {
		d = &r->ind[k];
		if (strcmp(d->unit, unit) != 0 || report_is_target(d) != target || isnan(d->x) || isnan(d->value))
			continue;
		y = floor(d->x);
		for (m = 0; m < n && out[m].year != y; m++)
			;
		if (m == n) {
			out[n].year = y;
			out[n].value = d->value;
			out[n].lo = d->min;
			out[n].hi = d->max;
			out[n++].k = k;
			continue;
		}
		if (d->n > r->ind[out[m].k].n) {
			out[m].value = d->value;
			out[m].k = k;
		}
		out[m].lo = fmin(out[m].lo, d->min);
		out[m].hi = fmax(out[m].hi, d->max);
	}
	return n;
}

/* The series chart: its size and margins, and the years and values it spans. */
#define SER_W 640.0
#define SER_H 250.0
#define SER_L 90.0
#define SER_R 16.0
#define SER_T 14.0
#define SER_B 30.0

struct frame {
	double x0, x1, y0, y1;
};

/* Where year V and value V are on the chart. */
static double
sx(const struct frame *f, double v)
{
	return SER_L + (v - f->x0) / (f->x1 - f->x0) * (SER_W - SER_L - SER_R);
}

static double
sy(const struct frame *f, double v)
{
	return SER_T + (f->y1 - v) / (f->y1 - f->y0) * (SER_H - SER_T - SER_B);
}

/*
 * The year values of each side (actual; target and forecast) of the places
 * of P with two years or more, up to NPAL of them, into YV (new arrays)
 * and NY, and what they span into F.  Returns how many places.
 */
static size_t
series_data(const struct report *r, const struct pl *p, size_t np, const char *unit,
            struct yv *yv[][2], size_t ny[][2], struct frame *f)
{
	size_t s, n = 0, m, side, e;

	f->x0 = INFINITY;
	f->x1 = -INFINITY;
	f->y0 = f->y1 = 0;
	for (s = 0; s < np && n < NPAL; s++) {
		if (p[s].nyears < 2)
			continue;
		e = report_metric_end(r, p[s].first);
		for (side = 0; side < 2; side++) {
			yv[n][side] = xcalloc(e - p[s].first + 1, sizeof(struct yv));
			ny[n][side] = year_values(r, p[s].first, e, unit, (int)side, yv[n][side]);
			for (m = 0; m < ny[n][side]; m++) {
				f->x0 = fmin(f->x0, yv[n][side][m].year);
				f->x1 = fmax(f->x1, yv[n][side][m].year);
				f->y0 = fmin(f->y0, yv[n][side][m].lo);
				f->y1 = fmax(f->y1, yv[n][side][m].hi);
			}
		}
		n++;
	}
	return n;
}

/* The dots of one side (actual, or TARGET) of place D's series, with their ranges. */
static void
series_dots(const struct report *r, const struct report_ind *d, const struct yv *v, size_t cnt,
            int target, const char *c, const char *unit, const struct frame *f)
{
	char buf[200], lo[80], hi[80];
	double px, py;
	size_t m;

	for (m = 0; m < cnt; m++) {
		px = sx(f, v[m].year);
		py = sy(f, v[m].value);
		if (v[m].lo < v[m].hi)   /* several values in the year: their range */
			printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
			       "stroke-opacity=\"0.25\" stroke-width=\"8\" stroke-linecap=\"round\" "
			       "class=\"range\"/>", px, sy(f, v[m].lo), px, sy(f, v[m].hi), c);
		printf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" stroke=\"%s\" "
		       "stroke-width=\"2\"%s><title>", px, py, target ? "#fff" : c, c,
		       target ? " stroke-dasharray=\"3 2\"" : "");
		html_place(d);
		printf(" %.0f %s: ", v[m].year, target ? r->ind[v[m].k].kind : "actual");
		esc_html(report_human(&r->ind[v[m].k], buf, sizeof buf));
		if (v[m].lo < v[m].hi)
			printf(" (values from %s to %s)", humfmt_value(lo, sizeof lo, v[m].lo, unit),
			       humfmt_value(hi, sizeof hi, v[m].hi, unit));
		printf("</title></circle>");
	}
}

/*
 * The series of place D in colour C: its actual values A (NA) solid, its
 * targets G (NG) dashed from the last actual one, and the dots; frees A and G.
 */
static void
series_place(const struct report *r, const struct report_ind *d, struct yv *a, size_t na, struct yv *g,
             size_t ng, const char *c, const char *unit, const struct frame *f)
{
	struct yv *v, tmp;
	size_t side, cnt, m, q;

	/* in order of years (few: insertion sort) */
	for (side = 0; side < 2; side++) {
		v = side ? g : a;
		cnt = side ? ng : na;
		for (m = 1; m < cnt; m++)
			for (q = m; q > 0 && v[q - 1].year > v[q].year; q--)
				tmp = v[q], v[q] = v[q - 1], v[q - 1] = tmp;
	}
	if (na > 1) {
		printf("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", c);
		for (m = 0; m < na; m++)
			printf("%s%.1f,%.1f", m ? " " : "", sx(f, a[m].year), sy(f, a[m].value));
		printf("\"/>");
	}
	if (ng > 0 && (na > 0 || ng > 1)) {
		printf("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\" "
		       "points=\"", c);
		if (na > 0 && a[na - 1].year < g[0].year)
			printf("%.1f,%.1f ", sx(f, a[na - 1].year), sy(f, a[na - 1].value));
		for (m = 0; m < ng; m++)
			printf("%s%.1f,%.1f", m ? " " : "", sx(f, g[m].year), sy(f, g[m].value));
		printf("\"/>");
	}
	series_dots(r, d, a, na, 0, c, unit, f);
	series_dots(r, d, g, ng, 1, c, unit, f);
	free(a);
	free(g);
}

/* The places' series over the years: actual solid, targets dashed with hollow dots. */
static void
series_chart(const struct report *r, const struct pl *p, size_t np)
{
	struct yv *yv[NPAL][2];
	size_t ny[NPAL][2], s, n;
	const char *unit = r->ind[p[0].first].unit;
	struct frame f;
	double t, st;
	int ntick;

	if (series_data(r, p, np, unit, yv, ny, &f) == 0)
		return;
	f.x0 -= 0.5;
	f.x1 += 0.5;
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" role=\"img\" "
	       "aria-label=\"values over the years\">", SER_W, SER_H);
	y_axis(&f.y0, &f.y1, unit, SER_L, SER_R, SER_W, SER_T, SER_H, SER_B);
	st = ceil((f.x1 - f.x0) / 10);
	for (t = ceil(f.x0), ntick = 0; t <= f.x1 && ntick < 20; t += st, ntick++)
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>", sx(&f, t),
		       SER_H - SER_B + 16, t);
	printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8c959f\"/>", SER_L, SER_H - SER_B,
	       SER_W - SER_R, SER_H - SER_B);
	for (s = 0, n = 0; s < np && n < NPAL; s++) {
		if (p[s].nyears < 2)
			continue;
		series_place(r, &r->ind[p[s].first], yv[n][0], ny[n][0], yv[n][1], ny[n][1], palette[n], unit, &f);
		n++;
	}
	printf("</svg>\n<div class=\"key\">");
	for (s = 0, n = 0; s < np && n < NPAL; s++) {
		if (p[s].nyears < 2)
			continue;
		printf("<span style=\"color:%s\">\xe2\x97\x8f</span> ", palette[n++]);
		html_place(&r->ind[p[s].first]);
		printf(" &#160; ");
	}
	printf("<br/>solid line and dots: actual; dashed line, hollow dots: target or forecast; "
	       "a pale band: the range of the values given for that year</div>");
}

/* The years of the indicators [B, BE) (up to 64). */
static size_t
n_years(const struct report *r, size_t b, size_t be)
{
	double years[64], y;
	size_t ny = 0, q, k;

	for (k = b; k < be; k++) {
		y = floor(r->ind[k].x);
		if (isnan(y))
			continue;
		for (q = 0; q < ny && years[q] != y; q++)
			;
		if (q == ny && ny < 64)
			years[ny++] = y;
	}
	return ny;
}

/* The places with figures of METRIC in UNIT, into P; their number. */
static size_t
chart_places(const struct report *r, const char *metric, const char *unit, struct pl *p)
{
	size_t i, e, b, be, np = 0;

	for (i = 0; i < r->nind; i = e) {
		e = report_place_end(r, i);
		for (b = i; b < e && (strcmp(r->ind[b].metric, metric) != 0 ||
		                      strcmp(r->ind[b].unit, unit) != 0); b++)
			;
		if (b == e)
			continue;
		for (be = b; be < e && strcmp(r->ind[be].metric, metric) == 0 &&
		             strcmp(r->ind[be].unit, unit) == 0; be++)
			;
		p[np].first = b;
		report_latest(r, b, be, &p[np].act, &p[np].tgt);
		p[np].key = p[np].act != REPORT_NONE ? r->ind[p[np].act].value : -INFINITY;
		p[np].nyears = n_years(r, b, be);
		np++;
	}
	return np;
}

/*
 * The figure of METRIC in UNIT, the N-th: the latest value of each place,
 * then the series.  Returns 0 when no place has a figure (and none is made).
 */
static int
chart_figure(const struct report *r, const char *metric, const char *unit, struct pl *p, size_t n)
{
	char lb[120];
	size_t i, np = chart_places(r, metric, unit, p), nser;

	if (np == 0)
		return 0;
	qsort(p, np, sizeof *p, pl_cmp);
	for (i = 0, nser = 0; i < np; i++)
		nser += p[i].nyears >= 2;
	printf("<figure id=\"chart-%zu\"><figcaption>", n);
	esc_html(humfmt_metric(metric, lb, sizeof lb));
	printf(" <span class=\"muted\">(");
	esc_html(unit);
	printf(")</span></figcaption>\n<div class=\"key\">Latest value of %zu place%s%s</div>",
	       np < BARS_MAX ? np : (size_t)BARS_MAX, np == 1 ? "" : "s",
	       np > BARS_MAX ? " (the largest; every place is in the comparison)" : "");
	bar_chart(r, p, np);
	printf("<div class=\"key\">bar: latest actual; hollow dashed ring: latest target or "
	       "forecast</div>\n");
	if (nser) {
		printf("<div class=\"key\">Over the years: %zu place%s%s</div>", nser < NPAL ? nser : NPAL,
		       nser == 1 ? "" : "s", nser > NPAL ? " (the largest)" : "");
		series_chart(r, p, np);
	}
	printf("</figure>\n");
	return 1;
}

/* One figure per metric and unit that places give figures of. */
static void
html_charts(const struct report *r, void *w)
{
	struct pl *p;
	size_t m, i, n = 0;
	json_t *units, *x;
	const char *u;

	if (!r->nind)
		return;
	p = xcalloc(r->nind + 1, sizeof *p);
	printf("<section id=\"charts\"><h2>Charts by metric</h2>\n<div class=\"charts\">\n");
	for (m = 0; m < r->nmetrics; m++) {
		units = json_object();
		for (i = 0; i < r->nind; i++)
			if (strcmp(r->ind[i].metric, r->metrics[m]) == 0)
				json_object_set_new(units, r->ind[i].unit, json_true());
		json_object_foreach(units, u, x)
			n += (size_t)chart_figure(r, r->metrics[m], u, p, n);
		json_decref(units);
	}
	printf("</div></section>\n");
	free(p);
}

/* Where sources disagree (more than AGG_TOLERANCE from the consensus). */
static void
html_conflicts(const struct report *r, void *w)
{
	printf("<section id=\"conflicts\"><h2>Where sources disagree</h2>\n");
	if (!r->nconflicts)
		printf("<p class=\"muted\">No indicator has sources that disagree by more than %g%%.</p>\n",
		       AGG_TOLERANCE * 100);
	else
		printf("<p class=\"muted\">%zu indicator%s whose sources differ by more than %g%% of the "
		       "consensus: who says what.</p>\n", r->nconflicts, r->nconflicts == 1 ? "" : "s",
		       AGG_TOLERANCE * 100);
}

/* The distinct numeric values of D's facts, ascending, into VALS; their number. */
static size_t
distinct_values(const struct report_ind *d, double *vals)
{
	size_t k, j, nv = 0;
	double v;

	for (k = 0; k < json_array_size(d->frecs); k++) {
		v = nd_num(json_array_get(d->frecs, k), "value", NAN);
		for (j = 0; j < nv && vals[j] != v; j++)
			;
		if (j == nv && !isnan(v)) {
			for (j = nv++; j > 0 && vals[j - 1] > v; j--)
				vals[j] = vals[j - 1];
			vals[j] = v;
		}
	}
	return nv;
}

/* An indicator whose sources disagree: each value with the documents that give it. */
static void
html_conflict(const struct report *r, size_t i, void *w)
{
	const struct html *h = w;
	const struct report_ind *d = &r->ind[i];
	char lb[120], buf[200];
	size_t k, j, nv;
	double *vals;
	const json_t *f;

	printf("<div class=\"conf\"><h3><a href=\"#i%zu\">", i);
	html_place(d);
	printf(" \xc2\xb7 ");
	esc_html(humfmt_metric(d->metric, lb, sizeof lb));
	printf(" \xc2\xb7 ");
	esc_html(d->period);
	printf(" %s</a>: ", d->kind);
	esc_html(report_human(d, buf, sizeof buf));
	printf("</h3><ul>");
	vals = xcalloc(json_array_size(d->frecs) + 1, sizeof *vals);
	nv = distinct_values(d, vals);
	for (j = 0; j < nv; j++) {
		printf("<li><b>");
		esc_html(humfmt_value(buf, sizeof buf, vals[j], d->unit));
		printf("</b>:");
		for (k = 0; k < json_array_size(d->frecs); k++) {
			f = json_array_get(d->frecs, k);
			if (nd_num(f, "value", NAN) != vals[j] || seen_doc(d, k, vals[j]))
				continue;
			printf(" ");
			html_source(r, report_str(f, "doc", ""), h->cwd);
			printf(";");
		}
		printf("</li>");
	}
	free(vals);
	printf("</ul></div>\n");
}

static void
html_conflicts_end(const struct report *r, void *w)
{
	printf("</section>\n");
}

static void
html_options(const char *name, const char *label, const char **v, size_t n, int metric)
{
	char lb[120];
	size_t i;

	printf("<label>%s<select name=\"%s\"><option value=\"\">all</option>", label, name);
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(v[i], v[i - 1]) == 0)
			continue;
		printf("<option value=\"");
		esc_html(v[i]);
		printf("\">");
		esc_html(metric ? humfmt_metric(v[i], lb, sizeof lb) : v[i]);
		printf("</option>");
	}
	printf("</select></label>");
}

/* The languages of an indicator's facts, sorted, into a new array. */
static json_t *
ind_langs(const struct report *r, const struct report_ind *d)
{
	json_t *l = json_array();
	const char *s;
	size_t k, j;

	for (k = 0; k < json_array_size(d->frecs); k++) {
		s = nd_str(json_array_get(d->frecs, k), "lang");
		if (!s || !*s)
			s = doc_lang(r, report_str(json_array_get(d->frecs, k), "doc", ""));
		for (j = 0; j < json_array_size(l) && strcmp(json_string_value(json_array_get(l, j)), s) < 0; j++)
			;
		if (j == json_array_size(l) || strcmp(json_string_value(json_array_get(l, j)), s) != 0)
			json_array_insert_new(l, j, json_string(s));
	}
	return l;
}

/* The strings of array L, space-separated. */
static void
html_words(const json_t *l)
{
	size_t k;

	for (k = 0; k < json_array_size(l); k++) {
		printf(k ? " " : "");
		esc_html(json_string_value(json_array_get(l, k)));
	}
}

/* The filters of the indicators (shown by the script) and the head of their table. */
static void
html_indicators(const struct report *r, void *w)
{
	static const char *kinds[] = { "actual", "forecast", "target" };
	char pb[512];
	const char **places, **langs;
	size_t i, np = 0, nl = 0;
	json_t *all = json_object(), *x;
	const char *key;

	places = xcalloc(r->nind + 1, sizeof *places);
	for (i = 0; i < r->nind; i = report_place_end(r, i))
		places[np++] = report_place_name(r->ind[i].city, r->ind[i].area, pb, sizeof pb) == pb
		               ? xstrdup(pb) : xstrdup(r->ind[i].city);
	for (i = 0; i < r->ndoc; i++)
		json_object_set_new(all, r->doc[i].lang, json_true());
	langs = xcalloc(json_object_size(all) + 1, sizeof *langs);
	json_object_foreach(all, key, x)
		langs[nl++] = key;
	qsort(langs, nl, sizeof *langs, report_strcmp);
	printf("<section id=\"indicators\"><h2>Indicators</h2>\n"
	       "<form id=\"filters\" class=\"filters\" hidden=\"\">");
	html_options("place", "Place", places, np, 0);
	html_options("metric", "Metric", r->metrics, r->nmetrics, 1);
	html_options("kind", "Kind", kinds, 3, 0);
	html_options("lang", "Language", langs, nl, 0);
	printf("<label>Search the evidence<input name=\"q\" type=\"search\"/></label>"
	       "<output id=\"shown\"></output></form>\n");
	printf("<div class=\"scroll\"><table id=\"ind\"><thead><tr><th>Place</th><th>Metric</th>"
	       "<th data-num=\"\">Period</th><th>Kind</th><th data-num=\"\">Value</th><th>Range</th>"
	       "<th data-num=\"\">Facts</th><th>Languages</th><th>Sources and evidence</th><th>Conflict</th>"
	       "</tr></thead>\n<tbody>\n");
	for (i = 0; i < np; i++)
		free((char *)places[i]);
	free(places);
	free(langs);
	json_decref(all);
}

/* The sources and evidence of D: each sentence once, then the documents an agg names without a fact here. */
static void
html_ind_evidence(const struct report *r, const struct report_ind *d, const char *cwd)
{
	char buf[200];
	const json_t *f;
	const char *doc;
	size_t k, q, ne;

	for (k = 0, ne = 0; k < json_array_size(d->frecs); k++)
		ne += !seen_evidence(d, k);
	printf("</td><td><details><summary>%zu document%s, %zu sentence%s</summary><ol>",
	       json_array_size(d->docs), json_array_size(d->docs) == 1 ? "" : "s", ne, ne == 1 ? "" : "s");
	for (k = 0; k < json_array_size(d->frecs); k++) {
		f = json_array_get(d->frecs, k);
		if (seen_evidence(d, k))
			continue;
		printf("<li>");
		html_evidence(f);
		if (json_array_size(d->docs) > 1 || d->conflict) {
			printf(" <b>");
			esc_html(humfmt_value(buf, sizeof buf, nd_num(f, "value", NAN), d->unit));
			printf("</b>");
		}
		printf(" ");
		html_source(r, report_str(f, "doc", ""), cwd);
		printf("</li>");
	}
	for (k = 0; k < json_array_size(d->docs); k++) {
		doc = json_string_value(json_array_get(d->docs, k));
		for (q = 0; q < json_array_size(d->frecs) &&
		            strcmp(report_str(json_array_get(d->frecs, q), "doc", ""), doc) != 0; q++)
			;
		if (q < json_array_size(d->frecs))
			continue;
		printf("<li>");
		html_source(r, doc, cwd);
		printf("</li>");
	}
	printf("</ol></details>");
}

/* A row of the indicators: what the filters read, the figures, the evidence. */
static void
html_indicator(const struct report *r, size_t i, void *w)
{
	const struct html *h = w;
	const struct report_ind *d = &r->ind[i];
	char lb[120], buf[200];
	json_t *l = ind_langs(r, d);

	printf("<tr id=\"i%zu\" data-place=\"", i);
	html_place(d);
	printf("\" data-metric=\"");
	esc_html(d->metric);
	printf("\" data-kind=\"");
	esc_html(d->kind);
	printf("\" data-lang=\"");
	html_words(l);
	printf("\"><td>");
	html_place(d);
	printf("</td><td>");
	esc_html(humfmt_metric(d->metric, lb, sizeof lb));
	printf("</td><td class=\"nw\" data-v=\"%.6f\">", isnan(d->x) ? -1.0 : d->x);
	esc_html(d->period);
	printf("</td><td>");
	esc_html(d->kind);
	printf("</td><td class=\"num\" data-v=\"%.15g\">", isnan(d->value) ? -1e300 : d->value);
	esc_html(report_human(d, buf, sizeof buf));
	printf("</td><td class=\"num\">");
	esc_html(report_range(d, buf, sizeof buf));
	printf("</td><td class=\"num\">%lld</td><td>", d->n);
	html_words(l);
	json_decref(l);
	html_ind_evidence(r, d, h->cwd);
	printf("</td><td%s>%s</td></tr>\n", d->conflict ? " class=\"conflict\"" : "", d->conflict ? "yes" : "");
}

static void
html_indicators_end(const struct report *r, void *w)
{
	printf("</tbody>\n</table></div></section>\n");
}

static void
html_documents(const struct report *r, size_t n, void *w)
{
	printf("<section id=\"documents\"><h2>Documents</h2>\n<div class=\"scroll\"><table id=\"docs\"><thead><tr>"
	       "<th>Title</th><th>Date</th><th>Language</th><th>Facts</th><th>File</th></tr></thead>\n<tbody>\n");
}

static void
html_document(const struct report *r, size_t k, void *w)
{
	const struct html *h = w;
	const struct report_doc *d = &r->doc[k];

	printf("<tr id=\"d%zu\"><td>", k);
	esc_html(report_str(d->rec, "title", ""));
	printf("</td><td class=\"nw\">");
	esc_html(report_str(d->rec, "date", ""));
	printf("</td><td>");
	esc_html(d->lang);
	printf("</td><td class=\"num\">%lld</td><td><a class=\"file\" href=\"", d->nfacts);
	file_url(d->name, h->cwd);
	printf("\">");
	esc_html(d->name);
	printf("</a></td></tr>\n");
}

static void
html_documents_end(const struct report *r, void *w)
{
	printf("</tbody>\n</table></div></section>\n");
}

/* "(en 12, zh 3)": the languages of the documents, in byte order, with their counts. */
static void
html_langs(const struct report *r)
{
	json_t *langs = json_object(), *x;
	const char **lv, *key;
	size_t i, nl = 0;

	for (i = 0; i < r->ndoc; i++) {
		x = json_object_get(langs, r->doc[i].lang);
		json_object_set_new(langs, r->doc[i].lang, json_integer(x ? json_integer_value(x) + 1 : 1));
	}
	if (json_object_size(langs)) {
		lv = xcalloc(json_object_size(langs) + 1, sizeof *lv);
		json_object_foreach(langs, key, x)
			lv[nl++] = key;
		qsort(lv, nl, sizeof *lv, report_strcmp);
		printf(" (");
		for (i = 0; i < nl; i++) {
			printf("%s", i ? ", " : "");
			esc_html(lv[i]);
			printf(" %lld", (long long)json_integer_value(json_object_get(langs, lv[i])));
		}
		printf(")");
		free(lv);
	}
	json_decref(langs);
}

/* ", dated 2024-01-02 to 2024-08-02": the dates of the doc records. */
static void
html_dates(const struct report *r)
{
	const char *lo = NULL, *hi = NULL, *dt;
	size_t i;

	for (i = 0; i < r->ndoc; i++) {
		dt = nd_str(r->doc[i].rec, "date");
		if (dt && *dt) {
			if (!lo || strcmp(dt, lo) < 0)
				lo = dt;
			if (!hi || strcmp(dt, hi) > 0)
				hi = dt;
		}
	}
	if (lo) {
		printf(", dated ");
		esc_html(lo);
		if (strcmp(lo, hi) != 0) {
			printf(" to ");
			esc_html(hi);
		}
	}
}

/* The page's head, and the report's: when, from what, how many; the contents. */
static void
html_head(const struct report *r, void *w)
{
	const struct html *h = w;
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	char when[64];
	time_t now;
	struct tm tm;

	now = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm);
	printf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	       "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-%s'\"/>\n"
	       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	       "<title>cityfacts report</title>\n<style>%s</style>\n</head>\n<body>\n", h->hash, css);
	printf("<header id=\"top\"><h1>cityfacts report</h1>\n<p class=\"lead\">Generated %s by cityfacts %s "
	       "from %zu %s", when, CF_VERSION, r->ndoc, report_plural(r->ndoc, "article", "articles"));
	html_langs(r);
	html_dates(r);
	printf(": %zu %s, %zu %s for %zu %s", r->nfacts, report_plural(r->nfacts, "fact", "facts"), r->nind,
	       report_plural(r->nind, "indicator", "indicators"), r->nplaces,
	       report_plural(r->nplaces, "place", "places"));
	if (r->nconflicts)
		printf(", <a class=\"conflict\" href=\"#conflicts\">%zu with sources that disagree</a>", r->nconflicts);
	printf(".</p>\n<nav class=\"toc\"><a href=\"#compare\">Comparison of places</a>"
	       "<a href=\"#charts\">Charts by metric</a><a href=\"#conflicts\">Where sources disagree</a>"
	       "<a href=\"#indicators\">Indicators</a><a href=\"#documents\">Documents</a>"
	       "<a href=\"#metrics\">Metrics</a></nav></header>\n<main>\n");
}

/* The metrics' glossary, and the script. */
static void
html_tail(const struct report *r, void *w)
{
	const struct html *h = w;
	size_t i;

	printf("<section id=\"metrics\"><h2>Metrics</h2>\n<dl>");
	for (i = 0; i < report_nglossary; i++) {
		printf("<dt><b>%s</b> <span class=\"muted\">(%s)</span></dt><dd>", report_glossary[i].id,
		       report_glossary[i].unit);
		esc_html(report_glossary[i].meaning);
		printf("</dd>");
	}
	printf("</dl></section>\n");
	printf("</main>\n<script>%s</script>\n</body>\n</html>\n", h->script);
}

static const struct report_fmt html_fmt = {
	.by_place = 1,
	.all_docs = 1,
	.head = html_head,
	.summary_begin = html_matrix,
	.group_begin = html_matrix_row,
	.block = html_matrix_cell,
	.group_end = html_matrix_row_end,
	.summary_end = html_matrix_end,
	.charts = html_charts,
	.conflicts_begin = html_conflicts,
	.conflict = html_conflict,
	.conflicts_end = html_conflicts_end,
	.indicators_begin = html_indicators,
	.indicator = html_indicator,
	.indicators_end = html_indicators_end,
	.documents_begin = html_documents,
	.document = html_document,
	.documents_end = html_documents_end,
	.tail = html_tail,
};

void
report_html_write(const struct report *r)
{
	struct html h;

	/* In a CDATA section, for XML readers of the page; the hash covers the element's text. */
	h.script = xmalloc(strlen(js) + 32);
	sprintf(h.script, "//<![CDATA[\n%s\n//]]>", js);
	sha256_base64(h.script, strlen(h.script), h.hash);
	if (!getcwd(h.cwd, sizeof h.cwd))
		h.cwd[0] = '\0';
	report_walk(r, &html_fmt, &h);
	free(h.script);
}
