/* Human formatting of numbers, units, qualifiers and metric names. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "humfmt.h"

char *
humfmt_group(char *buf, size_t size, double v, int dec)
{
	char raw[400], *dot, *p;
	size_t nint, i, o = 0;

	if (!isfinite(v)) {
		snprintf(buf, size, "%s", isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
		return buf;
	}
	if (fabs(v) >= 1e15) {
		/* Past any real indicator: no run of digits, but a short form. */
		snprintf(buf, size, "%.6g", v);
		if ((dot = strchr(buf, ',')))
			*dot = '.';
		return buf;
	}
	if (dec < 0)
		dec = 0;
	if (dec > 6)
		dec = 6;
	snprintf(raw, sizeof raw, "%.*f", dec, fabs(v));
	dot = strpbrk(raw, ".,");
	if (dot) {
		*dot = '.';
		p = raw + strlen(raw) - 1;
		while (p > dot && *p == '0')
			*p-- = '\0';
		if (p == dot)
			*p = '\0';
	}
	nint = dot ? (size_t)(dot - raw) : strlen(raw);
	if (v < 0 && strspn(raw, "0.") != strlen(raw) && o + 1 < size)
		buf[o++] = '-';
	for (i = 0; raw[i] && o + 1 < size; i++) {
		if (i > 0 && i < nint && (nint - i) % 3 == 0) {
			buf[o++] = ',';
			if (o + 1 >= size)
				break;
		}
		buf[o++] = raw[i];
	}
	buf[o] = '\0';
	return buf;
}

int
humfmt_is_money(const char *unit)
{
	return unit && strlen(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z' &&
	       unit[1] >= 'A' && unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z';
}

char *
humfmt_value(char *buf, size_t size, double v, const char *unit)
{
	static const struct { double f; const char *name; } scale[] = {
		{ 1e12, "tn" }, { 1e9, "bn" }, { 1e6, "mn" },
	};
	char num[64];
	size_t i;

	if (!unit)
		unit = "";
	if (humfmt_is_money(unit)) {
		for (i = 0; i < sizeof scale / sizeof scale[0]; i++)
			if (fabs(v) >= scale[i].f) {
				snprintf(buf, size, "%s %s %s",
				         humfmt_group(num, sizeof num, v / scale[i].f, 2), scale[i].name, unit);
				return buf;
			}
		snprintf(buf, size, "%s %s", humfmt_group(num, sizeof num, v, 2), unit);
	} else if (strcmp(unit, "percent") == 0) {
		snprintf(buf, size, "%s%%", humfmt_group(num, sizeof num, v, 2));
	} else if (strcmp(unit, "fraction") == 0) {
		snprintf(buf, size, "%s%%", humfmt_group(num, sizeof num, v * 100, 1));
	} else if (!*unit || strcmp(unit, "count") == 0 || strcmp(unit, "score") == 0) {
		snprintf(buf, size, "%s", humfmt_group(num, sizeof num, v, 2));
	} else {
		snprintf(buf, size, "%s %s", humfmt_group(num, sizeof num, v, 2), unit);
	}
	return buf;
}

const char *
humfmt_qualifier(const char *q)
{
	if (!q)
		return "";
	if (strcmp(q, ">") == 0)
		return "over ";
	if (strcmp(q, ">=") == 0)
		return "at least ";
	if (strcmp(q, "<") == 0)
		return "under ";
	if (strcmp(q, "<=") == 0)
		return "up to ";
	if (strcmp(q, "~") == 0)
		return "about ";
	return "";
}

const char *
humfmt_metric(const char *metric, char *buf, size_t size)
{
	static const struct { const char *id, *label; } names[] = {
		{ "ai_enterprises", "AI enterprises" },
		{ "ai_related_enterprises", "AI-related enterprises" },
		{ "industry_scale", "Industry scale" },
		{ "industry_growth", "Industry growth" },
		{ "financing", "Financing" },
		{ "fund_size", "Fund size" },
		{ "investment", "Investment" },
		{ "employees", "Employees" },
		{ "talent_share", "Share of national AI talent" },
		{ "computing_power", "Computing power" },
		{ "application_scenarios", "Application scenarios" },
		{ "index_score", "Index score" },
	};
	size_t i;
	char *p;

	if (!metric)
		metric = "";
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(metric, names[i].id) == 0)
			return names[i].label;
	snprintf(buf, size, "%s", metric);
	for (p = buf; *p; p++)
		if (*p == '_')
			*p = ' ';
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
	return buf;
}
