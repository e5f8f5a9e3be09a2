/*
 * Quantities in the text of a seg (see quant.h).
 *
 * The text is folded once (full-width forms to ASCII), then times are
 * taken (timex.c), then one left-to-right pass reads numbers where they
 * start: digits with the grouping and decimal marks of the language,
 * Chinese numerals (mixed with digits: "1.2万亿", "5万4千"), spelled-out
 * English and Portuguese numbers.  Around each number it looks for a
 * currency (before or after), a scale word, a percent sign or word, a
 * power unit, a classifier (家, 个) and a qualifier ("more than", 超过,
 * 多, "cerca de").  Word tables live in one hash built on first use.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "qtscan.h"
#include "quant.h"
#include "timex.h"
#include "utf8.h"

/* ---------------------------------------------------------------- tables */

enum wtype {
	W_NONE, W_UNIT, W_TEN, W_HUND, W_SCALE, W_DOZEN, W_DEN, W_HALF, W_JOIN, W_A,
	W_POINT, W_NEG, W_CUR, W_PCT, W_QUAL, W_ALONE
};

/* Language bits of an entry. */
#define LE 1
#define LZ 2
#define LP 4
#define LA 7

struct word {
	const char *w;
	int type;
	double v;
	const char *s;  /* ISO code of a currency, qualifier of a qualifier */
	int langs;
};

static const struct word words[] = {
	/* English cardinals */
	{ "zero", W_UNIT, 0, 0, LE }, { "nought", W_UNIT, 0, 0, LE }, { "naught", W_UNIT, 0, 0, LE },
	{ "one", W_UNIT, 1, 0, LE }, { "two", W_UNIT, 2, 0, LE }, { "three", W_UNIT, 3, 0, LE },
	{ "four", W_UNIT, 4, 0, LE }, { "five", W_UNIT, 5, 0, LE }, { "six", W_UNIT, 6, 0, LE },
	{ "seven", W_UNIT, 7, 0, LE }, { "eight", W_UNIT, 8, 0, LE }, { "nine", W_UNIT, 9, 0, LE },
	{ "ten", W_UNIT, 10, 0, LE }, { "eleven", W_UNIT, 11, 0, LE }, { "twelve", W_UNIT, 12, 0, LE },
	{ "thirteen", W_UNIT, 13, 0, LE }, { "fourteen", W_UNIT, 14, 0, LE },
	{ "fifteen", W_UNIT, 15, 0, LE }, { "sixteen", W_UNIT, 16, 0, LE },
	{ "seventeen", W_UNIT, 17, 0, LE }, { "eighteen", W_UNIT, 18, 0, LE },
	{ "nineteen", W_UNIT, 19, 0, LE }, { "twenty", W_TEN, 20, 0, LE }, { "thirty", W_TEN, 30, 0, LE },
	{ "forty", W_TEN, 40, 0, LE }, { "fifty", W_TEN, 50, 0, LE }, { "sixty", W_TEN, 60, 0, LE },
	{ "seventy", W_TEN, 70, 0, LE }, { "eighty", W_TEN, 80, 0, LE }, { "ninety", W_TEN, 90, 0, LE },
	{ "hundred", W_HUND, 100, 0, LE }, { "hundreds", W_HUND, 100, 0, LE },
	{ "thousand", W_SCALE, 1e3, 0, LE }, { "million", W_SCALE, 1e6, 0, LE },
	{ "billion", W_SCALE, 1e9, 0, LE }, { "trillion", W_SCALE, 1e12, 0, LE },
	{ "bn", W_SCALE, 1e9, 0, LE }, { "bln", W_SCALE, 1e9, 0, LE }, { "mln", W_SCALE, 1e6, 0, LE },
	{ "mn", W_SCALE, 1e6, 0, LE }, { "tn", W_SCALE, 1e12, 0, LE }, { "tln", W_SCALE, 1e12, 0, LE },
	{ "lakh", W_SCALE, 1e5, 0, LE }, { "crore", W_SCALE, 1e7, 0, LE },
	{ "dozen", W_DOZEN, 12, 0, LE }, { "dozens", W_DOZEN, 12, 0, LE }, { "dzs", W_DOZEN, 12, 0, LE },
	{ "dozs", W_DOZEN, 12, 0, LE }, { "doz", W_DOZEN, 12, 0, LE },
	{ "half", W_HALF, 2, 0, LE }, { "halves", W_DEN, 2, 0, LE },
	{ "first", W_DEN, 1, 0, LE }, { "firsts", W_DEN, 1, 0, LE },
	{ "third", W_DEN, 3, 0, LE }, { "thirds", W_DEN, 3, 0, LE },
	{ "quarter", W_DEN, 4, 0, LE }, { "quarters", W_DEN, 4, 0, LE },
	{ "fourth", W_DEN, 4, 0, LE }, { "fourths", W_DEN, 4, 0, LE },
	{ "fifth", W_DEN, 5, 0, LE }, { "fifths", W_DEN, 5, 0, LE },
	{ "sixth", W_DEN, 6, 0, LE }, { "sixths", W_DEN, 6, 0, LE },
	{ "seventh", W_DEN, 7, 0, LE }, { "sevenths", W_DEN, 7, 0, LE },
	{ "eighth", W_DEN, 8, 0, LE }, { "eighths", W_DEN, 8, 0, LE },
	{ "ninth", W_DEN, 9, 0, LE }, { "ninths", W_DEN, 9, 0, LE },
	{ "tenth", W_DEN, 10, 0, LE }, { "tenths", W_DEN, 10, 0, LE },
	{ "twentieth", W_DEN, 20, 0, LE }, { "twentieths", W_DEN, 20, 0, LE },
	{ "thirtieth", W_DEN, 30, 0, LE }, { "thirtieths", W_DEN, 30, 0, LE },
	{ "fortieth", W_DEN, 40, 0, LE }, { "fortieths", W_DEN, 40, 0, LE },
	{ "fiftieth", W_DEN, 50, 0, LE }, { "fiftieths", W_DEN, 50, 0, LE },
	{ "sixtieth", W_DEN, 60, 0, LE }, { "sixtieths", W_DEN, 60, 0, LE },
	{ "seventieth", W_DEN, 70, 0, LE }, { "seventieths", W_DEN, 70, 0, LE },
	{ "eightieth", W_DEN, 80, 0, LE }, { "eightieths", W_DEN, 80, 0, LE },
	{ "ninetieth", W_DEN, 90, 0, LE }, { "ninetieths", W_DEN, 90, 0, LE },
	{ "hundredth", W_DEN, 100, 0, LE }, { "hundredths", W_DEN, 100, 0, LE },
	{ "thousandth", W_DEN, 1000, 0, LE }, { "thousandths", W_DEN, 1000, 0, LE },
	{ "millionth", W_DEN, 1e6, 0, LE }, { "millionths", W_DEN, 1e6, 0, LE },
	{ "billionth", W_DEN, 1e9, 0, LE }, { "billionths", W_DEN, 1e9, 0, LE },
	{ "trillionth", W_DEN, 1e12, 0, LE }, { "trillionths", W_DEN, 1e12, 0, LE },
	{ "and", W_JOIN, 0, 0, LE }, { "a", W_A, 1, 0, LE }, { "an", W_A, 1, 0, LE },
	{ "point", W_POINT, 0, 0, LE }, { "minus", W_NEG, 0, 0, LE }, { "negative", W_NEG, 0, 0, LE },
	/* Portuguese cardinals */
	{ "zero", W_UNIT, 0, 0, LP }, { "um", W_UNIT, 1, 0, LP }, { "uma", W_UNIT, 1, 0, LP },
	{ "hum", W_UNIT, 1, 0, LP }, { "dois", W_UNIT, 2, 0, LP }, { "duas", W_UNIT, 2, 0, LP },
	{ "três", W_UNIT, 3, 0, LP }, { "tres", W_UNIT, 3, 0, LP }, { "quatro", W_UNIT, 4, 0, LP },
	{ "cinco", W_UNIT, 5, 0, LP }, { "seis", W_UNIT, 6, 0, LP }, { "sete", W_UNIT, 7, 0, LP },
	{ "oito", W_UNIT, 8, 0, LP }, { "nove", W_UNIT, 9, 0, LP }, { "dez", W_UNIT, 10, 0, LP },
	{ "onze", W_UNIT, 11, 0, LP }, { "doze", W_UNIT, 12, 0, LP }, { "treze", W_UNIT, 13, 0, LP },
	{ "catorze", W_UNIT, 14, 0, LP }, { "quatorze", W_UNIT, 14, 0, LP },
	{ "quinze", W_UNIT, 15, 0, LP }, { "dezesseis", W_UNIT, 16, 0, LP },
	{ "dezasseis", W_UNIT, 16, 0, LP }, { "dezessete", W_UNIT, 17, 0, LP },
	{ "dezassete", W_UNIT, 17, 0, LP }, { "dezoito", W_UNIT, 18, 0, LP },
	{ "dezenove", W_UNIT, 19, 0, LP }, { "dezanove", W_UNIT, 19, 0, LP },
	{ "vinte", W_TEN, 20, 0, LP }, { "trinta", W_TEN, 30, 0, LP }, { "quarenta", W_TEN, 40, 0, LP },
	{ "cinquenta", W_TEN, 50, 0, LP }, { "cinqüenta", W_TEN, 50, 0, LP },
	{ "sessenta", W_TEN, 60, 0, LP }, { "setenta", W_TEN, 70, 0, LP },
	{ "oitenta", W_TEN, 80, 0, LP }, { "noventa", W_TEN, 90, 0, LP },
	{ "cem", W_HUND, 100, 0, LP }, { "cento", W_HUND, 100, 0, LP },
	{ "duzentos", W_HUND, 200, 0, LP }, { "duzentas", W_HUND, 200, 0, LP },
	{ "trezentos", W_HUND, 300, 0, LP }, { "trezentas", W_HUND, 300, 0, LP },
	{ "quatrocentos", W_HUND, 400, 0, LP }, { "quatrocentas", W_HUND, 400, 0, LP },
	{ "quinhentos", W_HUND, 500, 0, LP }, { "quinhentas", W_HUND, 500, 0, LP },
	{ "seiscentos", W_HUND, 600, 0, LP }, { "seiscentas", W_HUND, 600, 0, LP },
	{ "setecentos", W_HUND, 700, 0, LP }, { "setecentas", W_HUND, 700, 0, LP },
	{ "oitocentos", W_HUND, 800, 0, LP }, { "oitocentas", W_HUND, 800, 0, LP },
	{ "novecentos", W_HUND, 900, 0, LP }, { "novecentas", W_HUND, 900, 0, LP },
	{ "mil", W_SCALE, 1e3, 0, LP }, { "milhão", W_SCALE, 1e6, 0, LP }, { "milhao", W_SCALE, 1e6, 0, LP },
	{ "milhões", W_SCALE, 1e6, 0, LP }, { "milhoes", W_SCALE, 1e6, 0, LP },
	{ "mi", W_SCALE, 1e6, 0, LP }, { "bi", W_SCALE, 1e9, 0, LP }, { "tri", W_SCALE, 1e12, 0, LP },
	{ "bilhão", W_SCALE, 1e9, 0, LP }, { "bilhao", W_SCALE, 1e9, 0, LP },
	{ "bilhões", W_SCALE, 1e9, 0, LP }, { "bilhoes", W_SCALE, 1e9, 0, LP },
	{ "trilhão", W_SCALE, 1e12, 0, LP }, { "trilhao", W_SCALE, 1e12, 0, LP },
	{ "trilhões", W_SCALE, 1e12, 0, LP }, { "trilhoes", W_SCALE, 1e12, 0, LP },
	{ "dúzia", W_DOZEN, 12, 0, LP }, { "duzia", W_DOZEN, 12, 0, LP },
	{ "dúzias", W_DOZEN, 12, 0, LP }, { "duzias", W_DOZEN, 12, 0, LP },
	{ "dezena", W_DOZEN, 10, 0, LP }, { "dezenas", W_DOZEN, 10, 0, LP },
	{ "meio", W_HALF, 2, 0, LP }, { "meia", W_HALF, 2, 0, LP }, { "metade", W_ALONE, 0.5, 0, LP },
	{ "terço", W_DEN, 3, 0, LP }, { "terços", W_DEN, 3, 0, LP }, { "terco", W_DEN, 3, 0, LP },
	{ "tercos", W_DEN, 3, 0, LP }, { "quarto", W_DEN, 4, 0, LP }, { "quartos", W_DEN, 4, 0, LP },
	{ "quinto", W_DEN, 5, 0, LP }, { "quintos", W_DEN, 5, 0, LP },
	{ "sexto", W_DEN, 6, 0, LP }, { "sextos", W_DEN, 6, 0, LP },
	{ "sétimo", W_DEN, 7, 0, LP }, { "sétimos", W_DEN, 7, 0, LP },
	{ "oitavo", W_DEN, 8, 0, LP }, { "oitavos", W_DEN, 8, 0, LP },
	{ "nono", W_DEN, 9, 0, LP }, { "nonos", W_DEN, 9, 0, LP },
	{ "décimo", W_DEN, 10, 0, LP }, { "décimos", W_DEN, 10, 0, LP }, { "decimo", W_DEN, 10, 0, LP },
	{ "centésimo", W_DEN, 100, 0, LP }, { "centésimos", W_DEN, 100, 0, LP },
	{ "centesimo", W_DEN, 100, 0, LP }, { "centesimos", W_DEN, 100, 0, LP },
	{ "milésimo", W_DEN, 1000, 0, LP }, { "milésimos", W_DEN, 1000, 0, LP },
	{ "milesimo", W_DEN, 1000, 0, LP }, { "milesimos", W_DEN, 1000, 0, LP },
	{ "milionésimo", W_DEN, 1e6, 0, LP }, { "milionesimo", W_DEN, 1e6, 0, LP },
	{ "bilionésimo", W_DEN, 1e9, 0, LP }, { "bilionesimo", W_DEN, 1e9, 0, LP },
	{ "bilionesimos", W_DEN, 1e9, 0, LP }, { "bilionésimos", W_DEN, 1e9, 0, LP },
	{ "e", W_JOIN, 0, 0, LP }, { "com", W_JOIN, 0, 0, LP }, { "vírgula", W_POINT, 0, 0, LP }, { "virgula", W_POINT, 0, 0, LP },
	/* currencies: names after (or before) a number */
	{ "yuan", W_CUR, 0, "CNY", LA }, { "yuans", W_CUR, 0, "CNY", LA },
	{ "rmb", W_CUR, 0, "CNY", LA }, { "cny", W_CUR, 0, "CNY", LA },
	{ "renminbi", W_CUR, 0, "CNY", LA }, { "chinese yuan", W_CUR, 0, "CNY", LA },
	{ "kuai", W_CUR, 0, "CNY", LA },
	{ "usd", W_CUR, 0, "USD", LA }, { "dollar", W_CUR, 0, "USD", LA }, { "dollars", W_CUR, 0, "USD", LA },
	{ "us dollar", W_CUR, 0, "USD", LA }, { "us dollars", W_CUR, 0, "USD", LA },
	{ "u.s. dollars", W_CUR, 0, "USD", LA }, { "american dollars", W_CUR, 0, "USD", LA },
	{ "dólar", W_CUR, 0, "USD", LA }, { "dólares", W_CUR, 0, "USD", LA },
	{ "dolar", W_CUR, 0, "USD", LA }, { "dolares", W_CUR, 0, "USD", LA },
	{ "dólares americanos", W_CUR, 0, "USD", LA }, { "dólar americano", W_CUR, 0, "USD", LA },
	{ "dólares estadunidenses", W_CUR, 0, "USD", LA },
	{ "musd", W_CUR, 1e6, "USD", LA }, { "meur", W_CUR, 1e6, "EUR", LA },
	{ "mgbp", W_CUR, 1e6, "GBP", LA }, { "maud", W_CUR, 1e6, "AUD", LA },
	{ "hong kong dollars", W_CUR, 0, "HKD", LA }, { "hk dollars", W_CUR, 0, "HKD", LA },
	{ "hkd", W_CUR, 0, "HKD", LA }, { "dólares de hong kong", W_CUR, 0, "HKD", LA },
	{ "australian dollars", W_CUR, 0, "AUD", LA }, { "aud", W_CUR, 0, "AUD", LA },
	{ "dólares australianos", W_CUR, 0, "AUD", LA },
	{ "canadian dollars", W_CUR, 0, "CAD", LA }, { "cad", W_CUR, 0, "CAD", LA },
	{ "dólares canadenses", W_CUR, 0, "CAD", LA },
	{ "eur", W_CUR, 0, "EUR", LA }, { "euro", W_CUR, 0, "EUR", LA }, { "euros", W_CUR, 0, "EUR", LA },
	{ "gbp", W_CUR, 0, "GBP", LA }, { "pound", W_CUR, 0, "GBP", LA }, { "pounds", W_CUR, 0, "GBP", LA },
	{ "pounds sterling", W_CUR, 0, "GBP", LA }, { "libra", W_CUR, 0, "GBP", LA },
	{ "libras", W_CUR, 0, "GBP", LA }, { "libras esterlinas", W_CUR, 0, "GBP", LA },
	{ "pence", W_CUR, 0, "GBX", LA }, { "penny", W_CUR, 0, "GBX", LA }, { "penies", W_CUR, 0, "GBX", LA },
	{ "jpy", W_CUR, 0, "JPY", LA }, { "yen", W_CUR, 0, "JPY", LA }, { "yenes", W_CUR, 0, "JPY", LA },
	{ "ienes", W_CUR, 0, "JPY", LA }, { "iene", W_CUR, 0, "JPY", LA },
	{ "brl", W_CUR, 0, "BRL", LA }, { "real", W_CUR, 0, "BRL", LP }, { "reais", W_CUR, 0, "BRL", LA },
	{ "chf", W_CUR, 0, "CHF", LA }, { "swiss francs", W_CUR, 0, "CHF", LA },
	{ "francos suíços", W_CUR, 0, "CHF", LA }, { "francos suicos", W_CUR, 0, "CHF", LA },
	{ "francs", W_CUR, 0, "FRF", LA }, { "francos", W_CUR, 0, "FRF", LA },
	{ "cents", W_CUR, 0, "USX", LE }, { "cent", W_CUR, 0, "USX", LE },
	{ "centavos", W_CUR, 0, "USX", LP }, { "centavo", W_CUR, 0, "USX", LP },
	{ "krw", W_CUR, 0, "KRW", LA }, { "won", W_CUR, 0, "KRW", LE },
	{ "inr", W_CUR, 0, "INR", LA }, { "rupees", W_CUR, 0, "INR", LA }, { "rúpias", W_CUR, 0, "INR", LA },
	{ "twd", W_CUR, 0, "TWD", LA }, { "sgd", W_CUR, 0, "SGD", LA }, { "mxn", W_CUR, 0, "MXN", LA },
	{ "turkish lira", W_CUR, 0, "TRY", LA }, { "pesetas", W_CUR, 0, "ESP", LA },
	{ "finnish markka", W_CUR, 0, "FIM", LA }, { "marcos finlandeses", W_CUR, 0, "FIM", LA },
	{ "dutch guilders", W_CUR, 0, "NLG", LA }, { "florins holandeses", W_CUR, 0, "NLG", LA },
	{ "btc", W_CUR, 0, "BTC", LA }, { "bitcoin", W_CUR, 0, "BTC", LA }, { "bitcoins", W_CUR, 0, "BTC", LA },
	/* percent words */
	{ "percent", W_PCT, 0, 0, LE }, { "per cent", W_PCT, 0, 0, LE }, { "percents", W_PCT, 0, 0, LE },
	{ "percentage", W_PCT, 0, 0, LE }, { "pct", W_PCT, 0, 0, LE }, { "por cento", W_PCT, 0, 0, LP },
	{ "percentage points", W_PCT, 1, 0, LE }, { "percentage point", W_PCT, 1, 0, LE },
	{ "pontos percentuais", W_PCT, 1, 0, LP }, { "ponto percentual", W_PCT, 1, 0, LP },
	/* qualifiers before a number */
	{ "more than", W_QUAL, 0, ">", LE }, { "over", W_QUAL, 0, ">", LE },
	{ "exceeds", W_QUAL, 0, ">", LE }, { "exceeded", W_QUAL, 0, ">", LE },
	{ "exceeding", W_QUAL, 0, ">", LE }, { "exceed", W_QUAL, 0, ">", LE },
	{ "above", W_QUAL, 0, ">", LE }, { "upwards of", W_QUAL, 0, ">", LE },
	{ "in excess of", W_QUAL, 0, ">", LE }, { "surpassed", W_QUAL, 0, ">", LE },
	{ "surpassing", W_QUAL, 0, ">", LE }, { "topped", W_QUAL, 0, ">", LE },
	{ "surpass", W_QUAL, 0, ">", LE }, { "surpasses", W_QUAL, 0, ">", LE },
	{ "to top", W_QUAL, 0, ">", LE }, { "will top", W_QUAL, 0, ">", LE },
	{ "at least", W_QUAL, 0, ">=", LE }, { "no less than", W_QUAL, 0, ">=", LE },
	{ "not less than", W_QUAL, 0, ">=", LE }, { "no fewer than", W_QUAL, 0, ">=", LE },
	{ "a minimum of", W_QUAL, 0, ">=", LE },
	{ "about", W_QUAL, 0, "~", LE }, { "around", W_QUAL, 0, "~", LE }, { "nearly", W_QUAL, 0, "~", LE },
	{ "almost", W_QUAL, 0, "~", LE }, { "approximately", W_QUAL, 0, "~", LE },
	{ "roughly", W_QUAL, 0, "~", LE }, { "close to", W_QUAL, 0, "~", LE },
	{ "some", W_QUAL, 0, "~", LE }, { "an estimated", W_QUAL, 0, "~", LE },
	{ "approx.", W_QUAL, 0, "~", LE }, { "circa", W_QUAL, 0, "~", LE },
	{ "up to", W_QUAL, 0, "<=", LE }, { "at most", W_QUAL, 0, "<=", LE },
	{ "no more than", W_QUAL, 0, "<=", LE }, { "not more than", W_QUAL, 0, "<=", LE },
	{ "as many as", W_QUAL, 0, "<=", LE }, { "as much as", W_QUAL, 0, "<=", LE },
	{ "a maximum of", W_QUAL, 0, "<=", LE },
	{ "less than", W_QUAL, 0, "<", LE }, { "fewer than", W_QUAL, 0, "<", LE },
	{ "under", W_QUAL, 0, "<", LE }, { "below", W_QUAL, 0, "<", LE },
	{ "mais de", W_QUAL, 0, ">", LP }, { "mais do que", W_QUAL, 0, ">", LP },
	{ "acima de", W_QUAL, 0, ">", LP }, { "superior a", W_QUAL, 0, ">", LP },
	{ "excedeu", W_QUAL, 0, ">", LP }, { "excede", W_QUAL, 0, ">", LP },
	{ "ultrapassou", W_QUAL, 0, ">", LP }, { "ultrapassa", W_QUAL, 0, ">", LP },
	{ "superou", W_QUAL, 0, ">", LP }, { "supera", W_QUAL, 0, ">", LP },
	{ "ultrapassaram", W_QUAL, 0, ">", LP }, { "ultrapassam", W_QUAL, 0, ">", LP },
	{ "ultrapassar", W_QUAL, 0, ">", LP }, { "ultrapassará", W_QUAL, 0, ">", LP },
	{ "superaram", W_QUAL, 0, ">", LP }, { "superam", W_QUAL, 0, ">", LP },
	{ "superar", W_QUAL, 0, ">", LP }, { "superará", W_QUAL, 0, ">", LP },
	{ "excederam", W_QUAL, 0, ">", LP }, { "exceder", W_QUAL, 0, ">", LP },
	{ "excederá", W_QUAL, 0, ">", LP },
	{ "pelo menos", W_QUAL, 0, ">=", LP }, { "no mínimo", W_QUAL, 0, ">=", LP },
	{ "ao menos", W_QUAL, 0, ">=", LP }, { "não menos que", W_QUAL, 0, ">=", LP },
	{ "não menos de", W_QUAL, 0, ">=", LP },
	{ "cerca de", W_QUAL, 0, "~", LP }, { "aproximadamente", W_QUAL, 0, "~", LP },
	{ "quase", W_QUAL, 0, "~", LP }, { "em torno de", W_QUAL, 0, "~", LP },
	{ "perto de", W_QUAL, 0, "~", LP }, { "uns", W_QUAL, 0, "~", LP }, { "umas", W_QUAL, 0, "~", LP },
	{ "por volta de", W_QUAL, 0, "~", LP },
	{ "até", W_QUAL, 0, "<=", LP }, { "no máximo", W_QUAL, 0, "<=", LP },
	{ "menos de", W_QUAL, 0, "<", LP }, { "abaixo de", W_QUAL, 0, "<", LP },
	{ "inferior a", W_QUAL, 0, "<", LP },
};

#define HSIZE 2048

static const struct word *htab[HSIZE];
static unsigned char hlen[HSIZE];  /* strlen of htab's words */
static int hready;

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/*
 * The first words of the entries ("more" of "more than"), each with the
 * types its entries have per language (bit 1 << type in types[0] for LE,
 * [1] for LZ, [2] for LP): a word that starts no entry of the type wanted
 * ends a lookup at once, and most words of a text start none.
 */
struct first {
	const char *w;
	size_t n;
	unsigned types[3];
	int maxw;           /* words in the longest entry it starts */
};

static struct first firsts[sizeof words / sizeof words[0]];
static struct first *ftab[HSIZE];

/*
 * Before the hash: bit N of flt[A][B] is set when a first word of N bytes
 * (31: more) starts with a byte A and ends with a byte B (both taken
 * modulo 32, which keeps the letters apart and the table in 4 KB).  Most
 * words of a text find their bit clear.
 */
static uint32_t flt[32][32];

static uint32_t
fltbit(size_t n)
{
	return 1u << (n < 31 ? n : 31);
}

static void
hbuild(void)
{
	size_t i, n, nf = 0;
	unsigned h;
	struct first *f;
	const char *sp;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		h = hash(words[i].w, strlen(words[i].w)) & (HSIZE - 1);
		while (htab[h])
			h = (h + 1) & (HSIZE - 1);
		htab[h] = &words[i];
		hlen[h] = (unsigned char)strlen(words[i].w);
		sp = strchr(words[i].w, ' ');
		n = sp ? (size_t)(sp - words[i].w) : strlen(words[i].w);
		for (h = hash(words[i].w, n) & (HSIZE - 1); (f = ftab[h]); h = (h + 1) & (HSIZE - 1))
			if (f->n == n && !memcmp(f->w, words[i].w, n))
				break;
		if (!f) {
			f = ftab[h] = &firsts[nf++];
			f->w = words[i].w;
			f->n = n;
			flt[(unsigned char)f->w[0] & 0x1F][(unsigned char)f->w[n - 1] & 0x1F] |= fltbit(n);
		}
		{
			int nw = 1;

			for (sp = words[i].w; (sp = strchr(sp, ' ')); sp++)
				nw++;
			if (nw > f->maxw)
				f->maxw = nw;
		}
		if (words[i].langs & LE)
			f->types[0] |= 1u << words[i].type;
		if (words[i].langs & LZ)
			f->types[1] |= 1u << words[i].type;
		if (words[i].langs & LP)
			f->types[2] |= 1u << words[i].type;
	}
	hready = 1;
}

/*
 * May an entry of type T (0: any) in language bits L start with the N
 * bytes at W?  Their first-word entry, or NULL.
 */
static const struct first *
hfirst(const char *w, size_t n, int l, int t)
{
	unsigned h, m = 0;
	const struct first *f;

	if (!hready)
		hbuild();
	if (n == 0 || !(flt[(unsigned char)w[0] & 0x1F][(unsigned char)w[n - 1] & 0x1F] & fltbit(n)))
		return NULL;
	for (h = hash(w, n) & (HSIZE - 1); (f = ftab[h]); h = (h + 1) & (HSIZE - 1))
		if (f->n == n && memcmp(f->w, w, n) == 0) {
			if (l & LE)
				m |= f->types[0];
			if (l & LZ)
				m |= f->types[1];
			if (l & LP)
				m |= f->types[2];
			return (t ? (m >> t) & 1 : m != 0) ? f : NULL;
		}
	return NULL;
}

/* The entry for the N bytes at W in language bit L (and of type T when T). */
static const struct word *
hget(const char *w, size_t n, int l, int t)
{
	unsigned h;
	const struct word *e;

	if (!hready)
		hbuild();
	if (n == 0 || n > 40)
		return NULL;
	for (h = hash(w, n) & (HSIZE - 1); (e = htab[h]); h = (h + 1) & (HSIZE - 1))
		if (hlen[h] == n && memcmp(e->w, w, n) == 0 && (e->langs & l) &&
		    (!t || e->type == t))
			return e;
	return NULL;
}

/* ------------------------------------------------------------ the text */

uint32_t
qs_cp_slow(const struct qs *s, size_t i, size_t *l)
{
	uint32_t cp;
	size_t k;

	if (i >= s->n) {
		*l = 0;
		return 0;
	}
	if ((unsigned char)s->f[i] < 0x80) {
		*l = 1;
		return (unsigned char)s->f[i];
	}
	k = utf8_decode(s->f + i, s->n - i, &cp);
	*l = k ? k : 1;
	return cp;
}

uint32_t
qs_cp_before(const struct qs *s, size_t i, size_t *b)
{
	size_t j = i, l;

	if (i == 0) {
		*b = 0;
		return 0;
	}
	j = i - 1;
	while (j > 0 && ((unsigned char)s->f[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	*b = j;
	return qs_cp(s, j, &l);
}

size_t
qs_wstart(const struct qs *s, size_t i)
{
	while (i > 0 && qs_wordc(s, i - 1))
		i--;
	return i;
}

size_t
qs_at_rest(const struct qs *s, size_t i, const char *str)
{
	size_t n;

	/* byte by byte: most calls fail on the third byte, before strlen() and memcmp() would have started */
	for (n = 2; str[n]; n++)
		if (i + n >= s->n || s->lc[i + n] != str[n])
			return 0;
	return i + n <= s->n ? n : 0;
}

size_t
qs_atw_rest(const struct qs *s, size_t i, const char *str)
{
	size_t n = qs_at(s, i, str);

	if (!n || qs_wordc(s, i + n) || (i > 0 && qs_wordc(s, i - 1) && qs_wordc(s, i)))
		return 0;
	return n;
}

size_t
qs_skipsp(const struct qs *s, size_t i)
{
	while (i < s->n && (s->f[i] == ' ' || s->f[i] == '\t'))
		i++;
	return i;
}

size_t
qs_backsp(const struct qs *s, size_t i)
{
	while (i > 0 && (s->f[i - 1] == ' ' || s->f[i - 1] == '\t'))
		i--;
	return i;
}

int
qs_free(const struct qs *s, size_t a, size_t b)
{
	for (; a < b && a < s->n; a++)
		if (s->used[a])
			return 0;
	return 1;
}

void
qs_take(struct qs *s, size_t a, size_t b)
{
	for (; a < b && a < s->n; a++)
		s->used[a] = 1;
}

/* Folds TEXT into S (see struct qs). */
static void
fold(struct qs *s, const char *t, size_t len)
{
	size_t i = 0, o = 0, k, j, last;
	uint32_t cp;

	/* one block, kept in R from seg to seg: the fold never lengthens the text */
	if (s->r->scratchcap < len + 1) {
		free(s->r->scratch);
		s->r->scratchcap = len + 1 > 2 * s->r->scratchcap ? len + 1 : 2 * s->r->scratchcap;
		s->r->scratch = xmalloc(s->r->scratchcap * (sizeof *s->map + 4));
	}
	s->map = s->r->scratch;
	s->f = (char *)(s->map + s->r->scratchcap);
	s->lc = s->f + s->r->scratchcap;
	s->used = (unsigned char *)s->lc + s->r->scratchcap;
	s->wc = s->used + s->r->scratchcap;
	memset(s->used, 0, len + 1);
	while (i < len) {
		unsigned char c = (unsigned char)t[i];

		if (c < 0x80) {
			/* a run of ASCII, copied as it is */
			size_t r = i + 1, m;

			while (r < len && (unsigned char)t[r] < 0x80)
				r++;
			memcpy(s->f + o, t + i, r - i);
			for (m = 0; m < r - i; m++)
				s->map[o + m] = i + m;
			o += r - i;
			i = r;
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9 && len - i >= 3 && ((unsigned char)t[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)t[i + 2] & 0xC0) == 0x80) {
			/* U+4000-9FFF, the Han ideographs: kept as they are */
			s->map[o] = i, s->map[o + 1] = i + 1, s->map[o + 2] = i + 2;
			s->f[o] = t[i], s->f[o + 1] = t[i + 1], s->f[o + 2] = t[i + 2];
			o += 3, i += 3;
			continue;
		}
		k = utf8_decode(t + i, len - i, &cp);
		if (k == 0)
			k = 1, cp = 0xFFFD;
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			s->map[o] = i;
			s->f[o++] = (char)(cp - 0xFEE0);
		} else if (cp == 0x3000 || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007) {
			s->map[o] = i;
			s->f[o++] = ' ';
		} else if (cp == 0xFFE5) {  /* full-width yen sign: keep as ¥ */
			s->map[o] = i;
			s->f[o++] = (char)0xC2;
			s->map[o] = i;
			s->f[o++] = (char)0xA5;
		} else {
			for (j = 0; j < k; j++) {
				s->map[o] = i + j;
				s->f[o++] = t[i + j];
			}
		}
		i += k;
	}
	s->n = o;
	s->map[o] = len;
	s->f[o] = s->lc[o] = '\0';
	s->wc[o] = 0;
	/*
	 * lc: ASCII lower-cased, and the accented capitals Portuguese writes
	 * (À-Ý: C3 80-9D, not ×).  wc: a letter; a lead byte C3-C9, or C2 of
	 * ª º; a continuation byte as the lead it follows (at most 3 back).
	 */
	for (j = 0, last = 0; j < o; j++) {
		unsigned char c = (unsigned char)s->f[j], d;

		if (c < 0x80) {
			s->lc[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			s->wc[j] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
			last = j;
			continue;
		}
		s->lc[j] = (char)c;
		if ((c & 0xC0) != 0x80) {
			last = k = j;
		} else {
			if (j > 0 && (unsigned char)s->f[j - 1] == 0xC3 && c <= 0x9E && c != 0x97)
				s->lc[j] = (char)(c + 0x20);
			k = j >= 3 && j - 3 > last ? j - 3 : last;
		}
		d = (unsigned char)s->f[k];
		s->wc[j] = (d >= 0xC3 && d <= 0xC9) ||
		           (d == 0xC2 && k + 1 < o && ((unsigned char)s->f[k + 1] == 0xAA || (unsigned char)s->f[k + 1] == 0xBA));
	}
}

/* ----------------------------------------------------------- the result */

static struct qt_quant *
addq(struct qs *s)
{
	struct qt_result *r = s->r;

	if (r->nq == r->qcap) {
		r->qcap = r->qcap ? 2 * r->qcap : 16;
		r->q = xrealloc(r->q, r->qcap * sizeof *r->q);
	}
	memset(&r->q[r->nq], 0, sizeof r->q[0]);
	r->q[r->nq].conv_of = -1;
	return &r->q[r->nq++];
}

static void
addbad(struct qs *s, size_t a, size_t b)
{
	struct qt_result *r = s->r;

	if (r->nbad == r->badcap) {
		r->badcap = r->badcap ? 2 * r->badcap : 4;
		r->bad = xrealloc(r->bad, r->badcap * sizeof *r->bad);
	}
	r->bad[r->nbad].start = s->map[a];
	r->bad[r->nbad].end = s->map[b];
	r->nbad++;
}

const char *
qt_kind_name(int kind)
{
	static const char *names[] = { "number", "money", "percent", "points", "fraction", "power" };

	return kind >= 0 && kind <= QT_POWER ? names[kind] : "number";
}

/* ----------------------------------------------------------- numbers */

struct num {
	size_t s, e;        /* folded bytes */
	double v;
	int ok;
	int words;          /* spelled out */
	int ntok;           /* tokens read */
	int lone;           /* one Chinese numeral character, or one small word */
	int bad;            /* absurd */
	int frac;           /* a fraction */
	int scaled;         /* carries a scale word */
	char qual[3];       /* a qualifier inside the number (多, 余) */
	double cur_mult;    /* MUSD: a scale inside the currency */
	int digok;          /* wnum(): digits may stand for words ("3 hundred and 21") */
};

static int
isd(int c)
{
	return c >= '0' && c <= '9';
}

static int
lbit(const struct qs *s)
{
	return s->lang == QT_PT ? LP : s->lang == QT_ZH ? LZ | LE : LE;
}

/* End of the word at J as the tables read it: "u.s." and "approx." keep their dots. */
static size_t
wend_dotted(const struct qs *s, size_t j)
{
	size_t we = qs_wend(s, j);

	while (we < s->n && s->f[we] == '.' && we + 1 < s->n && qs_wordc(s, we + 1) && we - j <= 2)
		we = qs_wend(s, we + 1);
	return we;
}

/*
 * Reads the Latin word (or words, for a phrase) at I and returns its entry
 * of type T (0: any), trying three, two and one words; *E gets the end.
 */
static const struct word *
wordat(const struct qs *s, size_t i, int t, size_t *e)
{
	char key[64];
	size_t ends[3], lens[3], k = 0, j = i, we, kl = 0, m;
	const struct word *w;
	const struct first *f;
	int n, maxw = 3;

	if (i >= s->n || !qs_wordc(s, i) || (i > 0 && qs_wordc(s, i - 1)))
		return NULL;
	for (n = 0; n < maxw; n++) {
		we = wend_dotted(s, j);
		if (we == j)
			break;
		if (kl + (we - j) + 2 >= sizeof key)
			break;
		if (n == 0) {
			/* no entry starts with this word, or none has more than maxw words */
			if (!(f = hfirst(s->lc + j, we - j, lbit(s), t)))
				return NULL;
			maxw = f->maxw < 3 ? f->maxw : 3;
		}
		if (n)
			key[kl++] = ' ';
		memcpy(key + kl, s->lc + j, we - j);
		kl += we - j;
		lens[k] = kl;
		ends[k++] = we;
		m = qs_skipsp(s, we);
		if (m == we || m >= s->n || !qs_wordc(s, m))
			break;
		j = m;
	}
	/* three words, then two, then one */
	while (k > 0) {
		if ((w = hget(key, lens[k - 1], lbit(s), t))) {
			*e = ends[k - 1];
			return w;
		}
		k--;
	}
	return NULL;
}

/*
 * English digits grouped another way, after the FIRST digits that end at P:
 * lakhs and crores ("12,34,567", two-digit groups then one of three) or
 * thousands by points with a decimal comma ("1.111,11", the comma's one or
 * two digits telling it from a list).  Appends the digits to BUF (a point
 * before the decimals) and returns the end, or P when neither is there.
 */
static size_t
digits_other(const struct qs *s, size_t p, int first, char *buf, size_t *bl, int *nd)
{
	const char *f = s->f;
	size_t n = s->n, r = p, k;
	int m = 0;

	if (first <= 2) {
		while (r + 3 < n && f[r] == ',' && isd(f[r + 1]) && isd(f[r + 2]) && f[r + 3] == ',' &&
		       s->map[r + 1] - s->map[r] == 1)
			r += 3, m++;
		if (m && r + 3 < n && f[r] == ',' && s->map[r + 1] - s->map[r] == 1 && isd(f[r + 1]) &&
		    isd(f[r + 2]) && isd(f[r + 3]) && !(r + 4 < n && (isd(f[r + 4]) || qs_wordc(s, r + 4) ||
		                                                     (f[r + 4] == ',' && r + 5 < n && isd(f[r + 5]))))) {
			for (k = p; k < r + 4; k++)
				if (isd(f[k]) && *bl < 60)
					buf[(*bl)++] = f[k];
			*nd += 2 * m + 3;
			return r + 4;
		}
	}
	r = p, m = 0;
	while (r + 4 < n && f[r] == '.' && isd(f[r + 1]) && isd(f[r + 2]) && isd(f[r + 3]) && !isd(f[r + 4]))
		r += 4, m++;
	if (m && r + 1 < n && f[r] == ',' && isd(f[r + 1])) {
		size_t d = r + 1, de = d;

		while (de < n && isd(f[de]))
			de++;
		if (de - d <= 2 && !(de + 1 < n && (f[de] == '.' || f[de] == ',') && isd(f[de + 1])) &&
		    !qs_wordc(s, de)) {
			for (k = p; k < de; k++)
				if (isd(f[k]) && *bl < 60)
					buf[(*bl)++] = f[k];
				else if (k == r && *bl < 60)
					buf[(*bl)++] = '.';
			*nd += 3 * m;
			return de;
		}
	}
	return p;
}

/* Reads digits at I (see the file comment); fills NM, returns its end or I. */
static size_t
digits(struct qs *s, size_t i, struct num *nm)
{
	const char *f = s->f;
	size_t p = i, n = s->n, q, b;
	char buf[96];
	size_t bl = 0;
	int nd = 0, first, dotted = 0;
	char dec = s->lang == QT_PT ? ',' : '.', grp = s->lang == QT_PT ? '.' : ',';
	double v;

	if (!isd(f[p]) && !(f[p] == dec && p + 1 < n && isd(f[p + 1])))
		return i;
	while (p < n && isd(f[p])) {
		if (bl < 60)
			buf[bl++] = f[p];
		nd++, p++;
	}
	first = nd;
	if (first > 0 && first <= 3) {
		char sep = 0;

		for (;;) {
			if (p + 3 < n + 0 && (f[p] == grp || f[p] == ' ') && (!sep || f[p] == sep) &&
			    isd(f[p + 1]) && isd(f[p + 2]) && isd(f[p + 3]) && (p + 4 >= n || !isd(f[p + 4]))) {
				if (f[p] == ' ' && p + 4 < n && (qs_wordc(s, p + 4) || (f[p + 4] == grp && p + 5 < n && isd(f[p + 5]))))
					break;
				if (f[p] != ' ' && s->map[p + 1] - s->map[p] != s->map[p] - s->map[p - 1])
					break;  /* "20，300": a full-width comma between ASCII digits */
				if (f[p] == ' ' && sep == 0 && s->lang == QT_ZH)
					break;
				sep = f[p];
				if (bl < 60)
					memcpy(buf + bl, f + p + 1, 3), bl += 3;
				nd += 3;
				p += 4;
			} else if (p + 3 <= n && (f[p] == grp || f[p] == ' ') && (!sep || f[p] == sep) && isd(f[p + 1]) &&
			           isd(f[p + 2]) && isd(f[p + 3]) && p + 4 == n) {
				sep = f[p];
				if (bl < 60)
					memcpy(buf + bl, f + p + 1, 3), bl += 3;
				nd += 3;
				p += 4;
			} else
				break;
		}
	}
	if (s->lang == QT_EN && first > 0 && first <= 3 && p == i + first)
		p = digits_other(s, p, first, buf, &bl, &nd);
	if (p + 1 < n && f[p] == dec && isd(f[p + 1])) {
		buf[bl++] = '.';
		p++;
		while (p < n && isd(f[p])) {
			if (bl < 80)
				buf[bl++] = f[p];
			p++;
		}
		if (p + 1 < n && (f[p] == '.' || f[p] == ',') && isd(f[p + 1]) && f[p] == dec)
			dotted = 1;
	}
	buf[bl] = '\0';
	v = strtod(buf, NULL);
	/* exponent: 1e10, 1.3e6, 12.32e+14 */
	if (p < n && (f[p] == 'e' || f[p] == 'E')) {
		q = p + 1;
		if (q < n && (f[q] == '+' || f[q] == '-'))
			q++;
		if (q < n && isd(f[q])) {
			b = q;
			while (q < n && isd(f[q]))
				q++;
			if (!qs_wordc(s, q)) {
				char eb[16];
				size_t el = q - (p + 1) < 15 ? q - (p + 1) : 15;

				memcpy(eb, f + p + 1, el);
				eb[el] = '\0';
				if (q - b > 4)
					v = HUGE_VAL;
				else
					v *= pow(10, atof(eb));
				p = q;
			}
		}
	}
	/* power: 2^5, 1.1^-1, 1.3x10^6 */
	if (p + 1 < n && f[p] == '^') {
		q = p + 1;
		int neg = 0;
		while (q < n && (f[q] == '+' || f[q] == '-'))
			neg ^= f[q] == '-', q++;
		if (q < n && isd(f[q])) {
			b = q;
			while (q < n && isd(f[q]))
				q++;
			v = q - b > 4 ? HUGE_VAL : pow(v, (neg ? -1 : 1) * atof(f + b));
			p = q;
		}
	} else if (p + 4 < n && f[p] == 'x' && f[p + 1] == '1' && f[p + 2] == '0' && f[p + 3] == '^') {
		q = p + 4;
		int neg = 0;
		while (q < n && (f[q] == '+' || f[q] == '-'))
			neg ^= f[q] == '-', q++;
		if (q < n && isd(f[q])) {
			b = q;
			while (q < n && isd(f[q]))
				q++;
			v = q - b > 4 ? HUGE_VAL : v * pow(10, (neg ? -1 : 1) * atof(f + b));
			p = q;
		}
	}
	nm->s = i;
	nm->e = p;
	nm->v = v;
	nm->ok = 1;
	nm->ntok = 1;
	if (nd > 18 || !isfinite(v) || fabs(v) > 1e18)
		nm->bad = 1;
	if (dotted)
		nm->ok = 0, nm->e = p;
	return p;
}

/* ----------------------------------------------------- Chinese numerals */

static int
zdigit(uint32_t c)
{
	switch (c) {
	case 0x96F6: case 0x3007: return 0;                  /* 零 〇 */
	case 0x4E00: case 0x58F9: case 0x5F0C: return 1;     /* 一 壹 弌 */
	case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x4E24: case 0x5169: case 0x5006: case 0x4FE9:
		return 2;                                    /* 二 贰 貳 两 兩 倆 俩 */
	case 0x4E09: case 0x53C1: case 0x53C4: return 3;     /* 三 叁 參 */
	case 0x56DB: case 0x8086: return 4;                  /* 四 肆 */
	case 0x4E94: case 0x4F0D: return 5;                  /* 五 伍 */
	case 0x516D: case 0x9646: case 0x9678: return 6;     /* 六 陆 陸 */
	case 0x4E03: case 0x67D2: return 7;                  /* 七 柒 */
	case 0x516B: case 0x634C: return 8;                  /* 八 捌 */
	case 0x4E5D: case 0x7396: return 9;                  /* 九 玖 */
	}
	return -1;
}

static double
zsmall(uint32_t c)
{
	switch (c) {
	case 0x5341: case 0x62FE: return 10;    /* 十 拾 */
	case 0x767E: case 0x4F70: return 100;   /* 百 佰 */
	case 0x5343: case 0x4EDF: return 1000;  /* 千 仟 */
	}
	return 0;
}

static int
zbig(uint32_t c)
{
	switch (c) {
	case 0x4E07: case 0x842C: return 1;  /* 万 萬 */
	case 0x4EBF: case 0x5104: return 2;  /* 亿 億 */
	case 0x5146: return 3;               /* 兆 */
	}
	return 0;
}

static const double bigv[] = { 1, 1e4, 1e8, 1e12 };

#define C_DIAN(c) ((c) == 0x70B9 || (c) == 0x9EDE)   /* 点 點 */
#define C_YU(c) ((c) == 0x4F59 || (c) == 0x9918)     /* 余 餘 */
#define C_DUO(c) ((c) == 0x591A)                     /* 多 */
#define C_JI(c) ((c) == 0x51E0 || (c) == 0x5E7E)     /* 几 幾 */
#define C_FEN 0x5206                                 /* 分 */
#define C_ZHI 0x4E4B                                 /* 之 */
#define C_YOU 0x53C8                                 /* 又 */
#define C_FU(c) ((c) == 0x8D1F || (c) == 0x8CA0)     /* 负 負 */

static int
znumc(uint32_t c)
{
	return zdigit(c) >= 0 || zsmall(c) > 0 || zbig(c) > 0;
}

/* After spaces at I (Chinese only), the next thing that may go on a number. */
static size_t
zspace(const struct qs *s, size_t i, int started)
{
	size_t j = qs_skipsp(s, i), l;
	uint32_t c;

	if (j == i || !started)
		return i;
	c = qs_cp(s, j, &l);
	if (znumc(c) || C_DIAN(c) || C_YU(c) || C_DUO(c) || C_JI(c) || c == C_FEN || c == C_ZHI ||
	    c == C_YOU || (isd(s->f[j]) && s->lang == QT_ZH))
		return j;
	return i;
}

static size_t zfrac(struct qs *s, size_t i, double den, struct num *nm);
static size_t znum1(struct qs *s, size_t i, struct num *nm);

/*
 * 近千家, 上百家, 逾万人, 超百亿元: a round number written as its unit alone,
 * after a word of approximation; "千家万户" is an idiom, no number.
 */
static int
zh_round_before(const struct qs *s, size_t i)
{
	size_t b;
	uint32_t c = qs_cp_before(s, i, &b);

	return c == 0x8FD1 /* 近 */ || c == 0x4E0A /* 上 */ || c == 0x903E /* 逾 */ || c == 0x8D85 /* 超 */ ||
	       c == 0x7EA6 /* 约 */ || c == 0x7834 /* 破 */ || c == 0x8FC7 /* 过 */;
}

/*
 * Reads a Chinese number at I: numerals and digits mixed (see the file
 * comment).  Returns its end, or I.
 */
static size_t
znum(struct qs *s, size_t i, struct num *nm)
{
	/* 又 and 分之 read a number inside a number: no deeper than this */
	static int depth;
	size_t r;

	if (depth >= 3)
		return i;
	depth++;
	r = znum1(s, i, nm);
	depth--;
	return r;
}

static size_t
znum1(struct qs *s, size_t i, struct num *nm)
{
	double lv[4] = { 0, 0, 0, 0 }, sec = 0, num = 0, shmul = 0, lastsmall = 0;
	double prevunit = 0;  /* the unit just read: 十 .. 兆 (1e12 does not fit an int) */
	int have = 0, zero = 0, ntok = 0, nchar = 0, lastbig = 0, neg = 0, prevbig = 0;
	size_t p = i, l, q, end = i;
	uint32_t c;
	struct num dn;
	int k;

	c = qs_cp(s, p, &l);
	if (C_FU(c)) {
		q = qs_skipsp(s, p + l);
		if (q < s->n && (znumc(qs_cp(s, q, &l)) || isd(s->f[q])))
			neg = 1, p = q;
	}
	for (;;) {
		q = ntok ? zspace(s, p, ntok) : p;
		c = qs_cp(s, q, &l);
		if (q >= s->n)
			break;
		if (isd(s->f[q]) || (s->f[q] == '.' && q + 1 < s->n && isd(s->f[q + 1]) && !ntok)) {
			if (have)
				break;
			memset(&dn, 0, sizeof dn);
			if (digits(s, q, &dn) == q || !dn.ok)
				break;
			if (dn.bad)
				nm->bad = 1;
			num = dn.v, have = 1, shmul = 0, prevunit = 0, prevbig = 0;
			p = end = dn.e;
			ntok++;
			/* an Arabic number followed by a Latin letter is not ours */
			if (p < s->n && qs_wordc(s, p) && !ntok)
				break;
			continue;
		}
		if ((k = zdigit(c)) >= 0) {
			if (have && !(k == 0 && !ntok))
				break;
			if (k == 0 && have == 0 && ntok > 0) {
				zero = 1;
				p = end = q + l;
				nchar++, ntok++;
				prevunit = 0;
				continue;
			}
			num = k, have = 1;
			shmul = 0;
			if (prevunit && !zero)
				shmul = prevunit / 10;
			prevunit = 0, prevbig = 0;
			p = end = q + l;
			nchar++, ntok++;
			continue;
		}
		if (zsmall(c) > 0) {
			double u = zsmall(c);

			if (!have && ntok == 0 && u > 10) {
				/* 百三, 千三, 百万: a leading 百/千 needs a numeral after it */
				size_t q2 = q + l, l2;
				uint32_t c2 = qs_cp(s, q2, &l2);

				if (!(zdigit(c2) > 0 || zbig(c2)) && !zh_round_before(s, i))
					break;
			}
			if (lastsmall && u >= lastsmall && !have)
				break;
			if (lastsmall && u >= lastsmall && have)
				break;
			sec += (have && num != 0 ? num : 1) * u;
			num = 0, have = 0, zero = 0, shmul = 0;
			lastsmall = u;
			prevunit = u, prevbig = 0;
			p = end = q + l;
			nchar++, ntok++;
			continue;
		}
		if ((k = zbig(c)) > 0) {
			double below = sec + (have ? num : 0);
			int j;

			if (ntok == 0 && !zh_round_before(s, i))
				break;
			if (ntok == 0)
				below = 1;
			if (below == 0 && prevbig && k + prevbig <= 3) {
				/* 万万 = 亿, 万亿 = 兆 */
				double t = 0;
				for (j = 0; j <= prevbig; j++)
					t += lv[j], lv[j] = 0;
				lv[prevbig + k] += t * bigv[k];
				prevbig = prevbig + k;
			} else {
				if (below == 0 && lastbig == 0 && !have && sec == 0)
					break;
				for (j = 0; j < k; j++)
					below += lv[j], lv[j] = 0;
				lv[k] += below * bigv[k];
				prevbig = k;
			}
			sec = 0, num = 0, have = 0, zero = 0, shmul = 0, lastsmall = 0;
			lastbig = k;
			prevunit = bigv[k];
			p = end = q + l;
			nchar++, ntok++;
			continue;
		}
		if (C_DIAN(c) && ntok) {
			/* decimals: 二点五, 两千万点五五四四 */
			size_t r = zspace(s, q + l, 1), l2;
			char fb[64];
			size_t fl = 0;
			int d;

			if (r == q + l)
				r = q + l;
			fb[fl++] = '0', fb[fl++] = '.';
			while (r < s->n && fl < 60 && (d = zdigit(qs_cp(s, r, &l2))) >= 0) {
				fb[fl++] = (char)('0' + d);
				r += l2;
			}
			if (fl == 2)
				break;
			fb[fl] = '\0';
			if (have && shmul)
				num *= shmul;
			num = (have ? num : 0) + atof(fb);
			have = 1, shmul = 0, prevunit = 0, lastsmall = 0;
			p = end = r;
			ntok++;
			continue;
		}
		if ((C_YU(c) || C_DUO(c) || C_JI(c)) && ntok) {
			size_t r = qs_skipsp(s, q + l), l2;
			uint32_t c2 = qs_cp(s, r, &l2);

			if (zsmall(c2) > 0 || zbig(c2) > 0) {
				strcpy(nm->qual, ">");
				if (have && shmul)
					num *= shmul;
				p = end = r;
				shmul = 0;
				continue;
			}
			if (C_JI(c))
				break;
			strcpy(nm->qual, ">");
			end = q + l;
			p = end;
			break;
		}
		if (c == C_FEN && ntok) {
			size_t r = zspace(s, q + l, 1), l2;

			if (qs_cp(s, r, &l2) == C_ZHI) {
				double den = 0;
				int j;

				for (j = 0; j < 4; j++)
					den += lv[j];
				den += sec + (have ? num * (shmul ? shmul : 1) : 0);
				return zfrac(s, r + l2, neg ? -den : den, nm) ? (nm->s = i, nm->e) : i;
			}
			break;
		}
		if (c == C_YOU && ntok) {
			/* 三百五又三分之一 */
			struct num fr;
			size_t r = qs_skipsp(s, q + l), fe;
			double whole = 0;
			int j;

			memset(&fr, 0, sizeof fr);
			fe = znum(s, r, &fr);
			if (fe == r || !fr.frac)
				break;
			for (j = 0; j < 4; j++)
				whole += lv[j];
			whole += sec + (have ? num * (shmul ? shmul : 1) : 0);
			nm->s = i, nm->e = fe;
			nm->v = (neg ? -1 : 1) * (whole + fr.v);
			nm->ok = 1, nm->frac = 1, nm->ntok = ntok + 2;
			return fe;
		}
		break;
	}
	if (!ntok)
		return i;
	if (have && shmul)
		num *= shmul;
	nm->v = lv[0] + lv[1] + lv[2] + lv[3] + sec + (have ? num : 0);
	if (neg)
		nm->v = -nm->v;
	nm->s = i;
	nm->e = end;
	nm->ok = 1;
	nm->ntok = ntok;
	nm->lone = nchar == 1 && ntok == 1;
	nm->scaled = lastbig > 0;
	if (!isfinite(nm->v) || fabs(nm->v) > 1e18)
		nm->bad = 1;
	return end;
}

/* The numerator of a Chinese fraction at I over DEN ("之一"). */
static size_t
zfrac(struct qs *s, size_t i, double den, struct num *nm)
{
	struct num a;
	size_t p = qs_skipsp(s, i), e;

	memset(&a, 0, sizeof a);
	e = znum(s, p, &a);
	if (e == p || !a.ok || den == 0)
		return 0;
	nm->v = a.v / den;
	if (a.v < 0 && den < 0)
		nm->v = -a.v / -den;
	nm->e = e;
	nm->ok = 1;
	nm->frac = 1;
	nm->ntok = 3;
	return e;
}

/* ------------------------------------------------------ spelled numbers */

static int plain_int(const struct qs *s, size_t a, size_t b);

/* Reads the digits of "point zero three", "vírgula vinte e oito". */
static size_t
wdecimals(struct qs *s, size_t i, double *frac)
{
	char buf[48];
	size_t bl = 0, p = i, e, last = i;
	const struct word *w;

	buf[bl++] = '0', buf[bl++] = '.';
	for (;;) {
		size_t q = qs_skipsp(s, p);

		w = wordat(s, q, 0, &e);
		if (!w || (w->type != W_UNIT && w->type != W_TEN && w->type != W_HUND))
			break;
		if (w->type == W_UNIT && w->v < 10 && bl < 40) {
			buf[bl++] = (char)('0' + (int)w->v);
			p = last = e;
			continue;
		}
		{
			/* a whole number read as digits: "seventy-one" -> 71 */
			double v = w->v;
			size_t q2 = e;
			const struct word *w2;
			size_t e2;

			q2 = (q2 < s->n && s->f[q2] == '-') ? q2 + 1 : qs_skipsp(s, q2);
			if (w->type == W_TEN && (w2 = wordat(s, q2, W_UNIT, &e2)) && w2->v < 10 && w2->v > 0)
				v += w2->v, e = e2;
			else if (s->lang == QT_PT) {
				size_t q3 = qs_skipsp(s, e);
				size_t e3;
				if (qs_atw(s, q3, "e") && (w2 = wordat(s, qs_skipsp(s, q3 + 1), 0, &e3)) &&
				    (w2->type == W_UNIT || w2->type == W_TEN))
					v += w2->v, e = e3;
			}
			bl += (size_t)snprintf(buf + bl, sizeof buf - bl, "%.0f", v);
			p = last = e;
			break;
		}
	}
	if (last == i)
		return i;
	buf[bl < sizeof buf ? bl : sizeof buf - 1] = '\0';
	*frac = atof(buf);
	return last;
}

/*
 * "twenty-fifth", "thirty firsts": a unit ordinal after the ten ending at E
 * makes one denominator with it (25, 31).  Its value (*DE: its end), or 0.
 */
static double
ten_ordinal(const struct qs *s, size_t e, double ten, size_t *de)
{
	const struct word *w;
	size_t q = (e < s->n && s->f[e] == '-') ? e + 1 : qs_skipsp(s, e);

	if (q == e || !(w = wordat(s, q, W_DEN, de)) || w->v >= 10 || w->w[0] == 'q' || w->w[0] == 'h')
		return 0;
	return ten + w->v;
}

/*
 * "dois milésimos", "two-thousandths" after another number: the number
 * V ending at E times the ordinal of a hundred or more after it makes a
 * denominator.  Its value (*DE: its end), or 0.
 */
static double
scaled_den(const struct qs *s, size_t e, double v, size_t *de)
{
	const struct word *w;
	size_t q = (e < s->n && s->f[e] == '-') ? e + 1 : qs_skipsp(s, e);

	if (q == e || v < 2 || !(w = wordat(s, q, W_DEN, de)) || w->v < 100)
		return 0;
	return v * w->v;
}

/*
 * Reads a spelled-out number at I: "two hundred and two thousand",
 * "quatrocentos e cinquenta e dois mil", "two-thirds", "one and a half",
 * "dois milhões e meio".  In English an "and" after a unit or a ten starts
 * a fraction ("twenty and three fifths"); when none follows, the number
 * ends before the "and".  An "and" after a scale word adds what follows
 * ("two thousand and two hundred"), a fraction of that scale when it is
 * one ("one million and a half").
 */
static size_t
wnum(struct qs *s, size_t i, struct num *nm)
{
	double total = 0, cur = 0, base = 0, snap = -1, safev = 0, scalebase = 0, lastscale = 0, den;
	int ntok = 0, last = W_NONE, joinprev = W_NONE, neg = 0, seg = 0, needden = 0, segn = 0;
	int lonew = 0, en = s->lang != QT_PT, comjoin = 0;
	size_t p = i, e, end = i, q, safee = i;
	const struct word *w, *w2;
	size_t e2;

	for (;;) {
		q = p;
		if (ntok || neg) {
			/* between words: spaces, a hyphen, " - " */
			q = qs_skipsp(s, p);
			if (q < s->n && s->f[q] == '-')
				q = qs_skipsp(s, q + 1);
		}
		if (nm->digok && q < s->n && isd(s->f[q]) && !neg) {
			/* "3 hundred and 21", "4 thousand 3 hundred" */
			struct num dn;
			size_t de;

			memset(&dn, 0, sizeof dn);
			de = digits(s, q, &dn);
			if (de == q || !dn.ok || !plain_int(s, q, de) || de - q > 3 || qs_wordc(s, de) ||
			    (de < s->n && (s->f[de] == '%' || s->f[de] == '/')))
				break;
			if (ntok && last != W_JOIN && last != W_HUND && last != W_SCALE)
				break;
			if (last == W_HUND && (fmod(cur, 100) != 0 || dn.v >= 100))
				break;
			if (last == W_SCALE && dn.v >= lastscale)
				break;
			if (ntok && dn.v == 0)
				break;
			if (last == W_JOIN) {
				/* "3 hundred and 2 hundred" are two numbers */
				const struct word *w3 = wordat(s, qs_skipsp(s, de), 0, &e2);

				if (w3 && (w3->type == W_HUND || w3->type == W_SCALE))
					break;
			}
			cur += dn.v;
			segn++;
			last = dn.v < 10 ? W_UNIT : W_TEN;
			ntok++;
			p = end = de;
			continue;
		}
		w = wordat(s, q, 0, &e);
		if (!w)
			break;
		switch (w->type) {
		case W_NEG:
			if (ntok || neg)
				goto done;
			w2 = wordat(s, qs_skipsp(s, e), 0, &e2);
			if (!w2 || (w2->type != W_UNIT && w2->type != W_TEN && w2->type != W_A))
				goto done;
			neg = 1;
			p = e;
			continue;
		case W_A:
			/* "a hundred", "a dozen", "a half", "a third" */
			if (ntok && last != W_JOIN)
				goto done;
			w2 = wordat(s, qs_skipsp(s, e), 0, &e2);
			if (!w2 || (w2->type != W_HUND && w2->type != W_SCALE && w2->type != W_DOZEN &&
			            w2->type != W_DEN && w2->type != W_HALF &&
			            !(w2->type == W_TEN && en && ten_ordinal(s, e2, w2->v, &e2) > 0)))
				goto done;
			if (w2->type == W_HUND && !en)
				goto done;
			cur += 1;
			segn++;
			last = W_A;
			ntok++;
			p = e;
			continue;
		case W_UNIT:
			/* "três dois milésimos", "three two-thousandths": the second number
			   times the ordinal is the denominator */
			if (ntok && !seg && (last == W_UNIT || (last == W_TEN && w->v >= 10)) &&
			    (den = scaled_den(s, e, w->v, &e2)) > 0)
				goto divide;
			if (ntok && last != W_JOIN && last != W_HUND && last != W_SCALE &&
			    !(last == W_TEN && w->v < 10 && w->v > 0))
				goto done;
			if (last == W_HUND && fmod(cur, 100) != 0)
				goto done;
			if (last == W_TEN && fmod(cur, 10) != 0)
				goto done;
			cur += w->v;
			segn++;
			break;
		case W_TEN:
			if (en && (den = ten_ordinal(s, e, w->v, &e2)) > 0 &&
			    (ntok || s->lc[e2 - 1] != 's') && !seg && last != W_JOIN && last != W_POINT) {
				/* "three twenty-firsts", "one hundred thirty fifths", "a twenty-first";
				   alone and singular, an ordinal ("the twenty-first century"); alone
				   and plural, the ten counts ("twenty fifths") */
				if (!ntok)
					goto done;
			divide:
				total = (total + cur) / den;
				cur = 0;
				nm->frac = 1;
				end = p = e2;
				ntok += 2;
				goto done;
			}
			if (ntok && !seg && (last == W_UNIT || last == W_TEN) &&
			    (den = scaled_den(s, e, w->v, &e2)) > 0)
				goto divide;  /* "três vinte milésimos" */
			if (ntok && last != W_JOIN && last != W_HUND && last != W_SCALE)
				goto done;
			if (fmod(cur, 100) != 0)
				goto done;
			cur += w->v;
			segn++;
			break;
		case W_HUND:
			if (w->v > 100 || !en) {
				/* cem, cento, duzentos ... */
				if (ntok && last != W_JOIN && last != W_SCALE)
					goto done;
				if (fmod(cur, 1000) != 0)
					goto done;
				cur += w->v;
				segn++;
				break;
			}
			if (cur >= 100 || last == W_JOIN)
				goto done;
			cur = (cur ? cur : 1) * 100;
			break;
		case W_SCALE:
			if (!ntok) {
				/* "mil" alone is a thousand */
				if (en || w->v != 1000 || neg)
					goto done;
				cur = 1;
			}
			if (last == W_JOIN)
				goto done;
			if (last == W_SCALE && cur == 0 && w->v > lastscale) {
				total *= w->v;  /* mil milhões */
			} else {
				if (cur == 0)
					goto done;
				if (lastscale && w->v >= lastscale && last != W_SCALE)
					goto done;
				total += cur * w->v;
				cur = 0;
			}
			lastscale = w->v;
			break;
		case W_DOZEN:
			if (!ntok || last == W_JOIN)
				goto done;
			if (en && !seg && snap >= 0 && joinprev == W_HUND && cur > snap)
				cur = snap + (cur - snap) * w->v;  /* "a hundred and two dozen": 124 */
			else
				cur = (cur ? cur : 1) * w->v;
			break;
		case W_JOIN:
			if (!ntok || last == W_JOIN)
				goto done;
			w2 = wordat(s, qs_skipsp(s, e), 0, &e2);
			if (nm->digok && !w2 && last == W_HUND && isd(s->f[qs_skipsp(s, e)]) &&
			    s->f[qs_skipsp(s, e)] != '0')
				;  /* "and 21": a digit token follows */
			else if (!w2 || (w2->type != W_UNIT && w2->type != W_TEN && w2->type != W_HUND && w2->type != W_A &&
			            !(w2->type == W_HALF && !en)))
				goto done;
			comjoin = !en && e - q == 3;  /* "com" */
			if (!needden)
				safee = end, safev = base + total + cur;
			joinprev = last;
			if (last == W_SCALE || (en && (last == W_UNIT || last == W_TEN || last == W_DOZEN)) || comjoin) {
				base += total + cur;
				total = cur = 0;
				seg = 1;
				if (last == W_SCALE)
					scalebase = lastscale;
				else
					needden = 1;
				if (comjoin)
					needden = 1;
				lastscale = 0;
			}
			snap = total + cur;
			segn = 0;
			last = W_JOIN;
			p = e;
			continue;
		case W_HALF:
		case W_DEN: {
			double num, whole = 0, frac, sc = 0;
			size_t q2;

			if (w->v == 1)
				goto done;  /* "first" only after a ten */
			if (!ntok) {
				/* "half", "quarter million", "half a dozen" */
				w2 = wordat(s, qs_skipsp(s, e), 0, &e2);
				if (w->type == W_DEN && !(w2 && w2->type == W_SCALE))
					goto done;
				/* "em meio a", "por meio de": a lone meio/meia is no half */
				if (!en && !(w2 && (w2->type == W_SCALE || w2->type == W_DOZEN)))
					goto done;
				num = 1;
			} else if (last == W_A) {
				num = 1;
			} else if (last == W_JOIN) {
				if (w->type != W_HALF || en)
					goto done;
				num = 1;  /* "e meio" */
			} else if (last == W_SCALE || last == W_HUND) {
				/* "five hundred fifths", "cem mil bilionésimos": a plural denominator */
				if (seg || s->lc[e - 1] != 's')
					goto done;
				num = total + cur;
			} else {
				if (w->type == W_HALF && !(last == W_UNIT && cur - (seg ? 0 : 0) == 1 && segn == 1))
					goto done;
				num = total + cur;
				/* "two hundred and fifty-four hundredths": a proper fraction after the
				   "and" (200.54); an improper one takes all ("one hundred and thirty fifths") */
				if (!seg && snap >= 0 && en && joinprev == W_HUND && (segn == 1 || segn == 2) &&
				    total + cur - snap < w->v) {
					whole = snap;
					num = total + cur - snap;
				}
			}
			if (!seg && last == W_JOIN && !en)
				whole = total + cur, num = 1;
			frac = num / w->v;
			end = p = e;
			ntok++;
			last = W_DEN;
			/* "half a dozen", "half million", "two thirds of a million", "e meio milhão" */
			q2 = qs_skipsp(s, e);
			if (qs_atw(s, q2, "of")) {
				size_t q3 = qs_skipsp(s, q2 + 2);
				if (wordat(s, q3, W_A, &e2))
					q3 = qs_skipsp(s, e2);
				if ((w2 = wordat(s, q3, 0, &e2)) && (w2->type == W_SCALE || w2->type == W_DOZEN))
					q2 = q3;
			} else if (wordat(s, q2, W_A, &e2) && (w2 = wordat(s, qs_skipsp(s, e2), W_DOZEN, &e2)))
				q2 = qs_skipsp(s, q2 + 1), q2 = qs_skipsp(s, qs_wend(s, q2) == q2 ? q2 : q2);
			if ((w2 = wordat(s, q2, 0, &e2)) && (w2->type == W_SCALE || w2->type == W_DOZEN)) {
				sc = w2->v;
				end = p = e2;
				nm->scaled = 1;
			} else if (wordat(s, q2, W_A, &e2) && (w2 = wordat(s, qs_skipsp(s, e2), W_DOZEN, &e2))) {
				sc = w2->v;
				end = p = e2;
			}
			if (seg && scalebase)
				total = base + frac * (sc ? sc : scalebase), nm->scaled = 1;
			else if (seg)
				total = (base + frac) * (sc ? sc : 1);
			else
				total = (whole + frac) * (sc ? sc : 1);
			if (!sc && !(seg && scalebase))
				nm->frac = 1;
			if (!seg && !whole && lastscale && !sc)
				nm->frac = 1;
			cur = 0, base = 0, seg = 0, needden = 0;
			goto done;
		}
		case W_ALONE:
			if (ntok)
				goto done;
			total = w->v;
			nm->frac = 1;
			end = e;
			ntok++;
			goto done;
		case W_POINT:
			if (!ntok || last == W_JOIN)
				goto done;
			{
				double fr = 0;
				size_t fe = wdecimals(s, e, &fr);

				if (fe == e)
					goto done;
				cur += fr;
				end = p = fe;
				ntok += 2;
				last = W_POINT;
			}
			continue;
		default:
			goto done;
		}
		last = w->type;
		ntok++;
		if (ntok == 1)
			lonew = 1;
		p = end = e;
	}
done:
	if (!ntok || end == i)
		return i;
	if (needden)
		end = safee, nm->v = safev;
	else
		nm->v = base + total + cur;
	if (end == i)
		return i;
	if (neg)
		nm->v = -nm->v;
	nm->s = i;
	nm->e = end;
	nm->ok = 1;
	nm->words = 1;
	nm->ntok = ntok;
	nm->lone = ntok == 1 && lonew;
	nm->scaled = lastscale > 0 || nm->scaled || scalebase > 0;
	return end;
}

/* ------------------------------------------------------- Chinese extras */

static const char *const zh_cls[] = {
	"个", "個", "塊", "家", "名", "位", "项", "項", "只", "隻", "条", "條", "件", "次", "种", "種", "批",
	"所", "座", "台", "套", "款", "辆", "架", "支", "倍", "人", "户", "岁", "天", "周", "年",
	"个月", "吨", "斤", "公斤", "公里", "米", "亩", "平方米", "块", "张", "本", "篇", "场", "轮",
	"双", "雙", "对", "對", "颗", "片", "份", "期", "层", "栋", "艘", "门",
};

struct zcur {
	const char *s;
	const char *iso;
};

static const struct zcur zh_cur[] = {
	{ "元人民币", "CNY" }, { "元", "CNY" }, { "人民币", "CNY" }, { "块钱", "CNY" }, { "块", "CNY" },
	{ "美元", "USD" }, { "美金", "USD" }, { "美圆", "USD" }, { "欧元", "EUR" }, { "日元", "JPY" },
	{ "港元", "HKD" }, { "港币", "HKD" }, { "英镑", "GBP" }, { "台币", "TWD" }, { "新台币", "TWD" },
	{ "瑞士法郎", "CHF" }, { "雷亚尔", "BRL" }, { "韩元", "KRW" }, { "卢布", "RUB" },
	{ "奈拉", "NGN" }, { "澳元", "AUD" }, { "加元", "CAD" }, { "新加坡元", "SGD" }, { "比特币", "BTC" },
};

/*
 * 五元三毛, 50元6角三分, 两美元又三美分: the smaller units after an amount
 * of yuan or dollars ending at E.  Adds them to *V.
 */
static size_t
zh_subunits(struct qs *s, size_t e, const char *iso, double *v)
{
	static const struct {
		const char *u;
		double f;
		const char *iso;
	} sub[] = { { "角", 0.1, "CNY" }, { "毛", 0.1, "CNY" }, { "分", 0.01, "CNY" }, { "美分", 0.01, "USD" } };
	size_t p = e, q, l, k, n;
	int d, steps = 0;

	if (*v != floor(*v))
		return e;
	for (;;) {
		q = p;
		if (qs_at(s, q, "又"))
			q += 3;
		if (isd(s->f[q]) && !isd(s->f[q + 1]))
			d = s->f[q] - '0', l = 1;
		else if ((d = zdigit(qs_cp(s, q, &l))) < 1)
			break;
		q += l;
		for (k = 0; k < sizeof sub / sizeof sub[0]; k++)
			if (!strcmp(sub[k].iso, iso) && (n = qs_at(s, q, sub[k].u)))
				break;
		if (k == sizeof sub / sizeof sub[0])
			break;
		*v += d * sub[k].f;
		p = q + n;
		if (++steps == 2)
			break;
	}
	return p;
}

static size_t zh_classifier(const struct qs *s, size_t i);
static size_t zh_currency(const struct qs *s, size_t i, const char **iso);

size_t
qs_zh_counted(const struct qs *s, size_t i)
{
	size_t l, n;
	const char *iso;
	uint32_t c = qs_cp(s, i, &l);

	if (znumc(c) || C_YU(c) || C_DUO(c) || C_DIAN(c) || c == 0x6210 || c == 0x6298 || c == 0x500D)
		return l;
	if ((n = zh_classifier(s, i)) || (n = zh_currency(s, i, &iso)))
		return n;
	return 0;
}

/* A classifier at I: its length, or 0. */
static size_t
zh_classifier(const struct qs *s, size_t i)
{
	size_t k, n, best = 0;

	for (k = 0; k < sizeof zh_cls / sizeof zh_cls[0]; k++)
		if ((n = qs_at(s, i, zh_cls[k])) > best)
			best = n;
	return best;
}

static size_t
zh_currency(const struct qs *s, size_t i, const char **iso)
{
	size_t k, n, best = 0;

	for (k = 0; k < sizeof zh_cur / sizeof zh_cur[0]; k++)
		if ((n = qs_at(s, i, zh_cur[k].s)) > best)
			best = n, *iso = zh_cur[k].iso;
	return best;
}

struct zqual {
	const char *s;
	const char *q;
};

static const struct zqual zh_qual_before[] = {
	{ "不超过", "<=" }, { "不超出", "<=" }, { "不高于", "<=" }, { "不多于", "<=" },
	{ "超过", ">" }, { "逾", ">" }, { "多于", ">" }, { "高于", ">" }, { "大于", ">" },
	{ "突破", ">" }, { "超", ">" }, { "破", ">" },
	{ "不少于", ">=" }, { "至少", ">=" }, { "不低于", ">=" }, { "不下于", ">=" }, { "最少", ">=" },
	{ "大约", "~" }, { "约合", "~" }, { "约", "~" }, { "將近", "~" }, { "将近", "~" }, { "接近", "~" },
	{ "近", "~" }, { "大概", "~" }, { "左右", "~" },
	{ "最多", "<=" }, { "至多", "<=" }, { "高达", "<=" },
	{ "不到", "<" }, { "不足", "<" }, { "少于", "<" }, { "低于", "<" }, { "未满", "<" },
	/* the same in Traditional characters */
	{ "不超過", "<=" }, { "不多於", "<=" }, { "不高於", "<=" }, { "超過", ">" }, { "多於", ">" },
	{ "高於", ">" }, { "大於", ">" }, { "不少於", ">=" }, { "不低於", ">=" }, { "約合", "~" },
	{ "約", "~" }, { "接近", "~" }, { "大概", "~" }, { "高達", "<=" }, { "少於", "<" },
	{ "低於", "<" }, { "未滿", "<" },
};

static const struct zqual zh_qual_after[] = {
	{ "以上", ">" }, { "多", ">" }, { "余", ">" }, { "左右", "~" }, { "上下", "~" },
	{ "以内", "<=" }, { "以下", "<=" }, { "餘", ">" }, { "以內", "<=" },
};

/* ------------------------------------------------------------ building */

struct qb {
	size_t s, e;        /* span, folded */
	double v;
	int kind;
	const char *unit;
	char qual[3];
};

/* Latin qualifier ending at I (before spaces): its qualifier or NULL. */
static const char *
latin_qual(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i), st[3], k = 0, e;
	const struct word *w;
	int n;

	/* up to three words back */
	for (n = 0; n < 4 && b > 0; n++) {
		size_t a;

		if (!qs_wordc(s, b - 1))
			break;
		a = qs_wstart(s, b);
		if (k < 3)
			st[k++] = a;
		b = qs_backsp(s, a);
	}
	while (k > 0) {
		w = wordat(s, st[k - 1], W_QUAL, &e);
		if (w && qs_skipsp(s, e) == i)
			return w->s;
		if (w && e == qs_backsp(s, i))
			return w->s;
		k--;
	}
	return NULL;
}

static const char *
zh_qual(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i), k, n;

	for (k = 0; k < sizeof zh_qual_before / sizeof zh_qual_before[0]; k++) {
		n = strlen(zh_qual_before[k].s);
		if (n <= b && memcmp(s->f + b - n, zh_qual_before[k].s, n) == 0) {
			/* 最近, 附近, 将近期 are not qualifiers of the number */
			if (!strcmp(zh_qual_before[k].s, "近") && b >= n + 3 &&
			    (!memcmp(s->f + b - n - 3, "最", 3) || !memcmp(s->f + b - n - 3, "附", 3)))
				continue;
			return zh_qual_before[k].q;
		}
	}
	return NULL;
}

/* snprintf(D, N, "%s", S) without the cost of a format. */
static void
scopy(char *d, size_t n, const char *s)
{
	size_t k = strlen(s);

	if (k >= n)
		k = n - 1;
	memcpy(d, s, k);
	d[k] = '\0';
}

/* Pushes a quantity; checks the span is free. */
static int
emit(struct qs *s, struct qb *b)
{
	struct qt_quant *q;

	if (b->e <= b->s || !qs_free(s, b->s, b->e))
		return 0;
	q = addq(s);
	q->start = s->map[b->s];
	q->end = s->map[b->e];
	q->value = b->v;
	scopy(q->unit, sizeof q->unit, b->unit);
	scopy(q->qual, sizeof q->qual, b->qual[0] ? b->qual : "=");
	q->kind = b->kind;
	qs_take(s, b->s, b->e);
	return 1;
}

/* Latin measurement units that make a number a dimension, not ours. */
static int
dimension_after(const struct qs *s, size_t i)
{
	static const char *const u[] = { "nm", "mm", "cm", "km", "m", "kg", "g", "mg", "ml", "l", "kw", "kwh",
	                                 "mw", "gw", "gwh", "mwh", "mhz", "ghz", "hz", "gb", "tb", "mb", "kb",
	                                 "km2", "m2", "sq", "nanometers", "nanometres", "nanômetros", "ft",
	                                 "mi", "lb", "lbs", "oz", "kgs", "tons", "tonnes", "toneladas", "meters",
	                                 "metres", "metros", "km²", "m²", "gbps", "mbps", "tops", "w", "v" };
	size_t j = qs_skipsp(s, i), e = qs_wend(s, j), k;

	if (e == j)
		return 0;
	if (e < s->n && isd(s->f[e]))
		return 0;
	for (k = 0; k < sizeof u / sizeof u[0]; k++)
		if (strlen(u[k]) == e - j && memcmp(s->lc + j, u[k], e - j) == 0) {
			/* "M" after digits is a scale (10M), "mi" a Portuguese one */
			if (!strcmp(u[k], "mi") && s->lang == QT_PT)
				return 0;
			if (!strcmp(u[k], "m") && s->f[j] == 'M')
				return 0;
			if (!strcmp(u[k], "g") && s->f[j] == 'G')
				return 0;
			return 1;
		}
	return 0;
}

/* Letters glued to digits that still leave a number: returns the multiplier, 0 if none. */
static double
glued_scale(const struct qs *s, size_t i, size_t *e, double v)
{
	size_t we = qs_wend(s, i);
	size_t n = we - i;
	const char *w = s->f + i;

	*e = we;
	if (n == 1 && (w[0] == 'k' || w[0] == 'K'))
		return 1e3;
	if (n == 1 && w[0] == 'M')
		return 1e6;
	if (n == 2 && w[0] == 'M' && w[1] == 'M')
		return 1e6;
	if (n == 1 && (w[0] == 'b' || w[0] == 'B'))
		return 1e9;
	if (n == 1 && w[0] == 'G' && v >= 10)
		return 1e9;
	if (n == 1 && w[0] == 'T' && v >= 10)
		return 1e12;
	if (n == 2 && (!memcmp(s->lc + i, "bn", 2) || !memcmp(s->lc + i, "mn", 2) || !memcmp(s->lc + i, "tn", 2)))
		return s->lc[i] == 'b' ? 1e9 : s->lc[i] == 'm' ? 1e6 : 1e12;
	if (n == 3 && !memcmp(s->lc + i, "bln", 3))
		return 1e9;
	return 0;
}

/* Currency symbols and codes before a number. */
static const struct zcur syms[] = {
	{ "us$", "USD" }, { "u.s.$", "USD" }, { "u.s $", "USD" }, { "usd$", "USD" }, { "hk$", "HKD" },
	{ "c$", "CAD" }, { "cad$", "CAD" }, { "a$", "AUD" }, { "aud$", "AUD" }, { "nz$", "NZD" },
	{ "nzd$", "NZD" }, { "r$", "BRL" }, { "mex$", "MXN" }, { "mxn$", "MXN" }, { "nt$", "TWD" },
	{ "s$", "SGD" }, { "rmb", "CNY" }, { "cny", "CNY" }, { "usd", "USD" }, { "eur", "EUR" },
	{ "gbp", "GBP" }, { "brl", "BRL" }, { "jpy", "JPY" }, { "hkd", "HKD" }, { "chf", "CHF" },
	{ "musd", "USD" }, { "meur", "EUR" }, { "mgbp", "GBP" }, { "maud", "AUD" }, { "$", "USD" }, { "€", "EUR" }, { "£", "GBP" }, { "¥", "CNY" }, { "₿", "BTC" }, { "₩", "KRW" },
	{ "₹", "INR" }, { "人民币", "CNY" }, { "美元", "USD" }, { "dólares", "USD" }, { "dólar", "USD" },
	{ "dollar", "USD" }, { "euros", "EUR" }, { "us $", "USD" }, { "hk $", "HKD" }, { "c $", "CAD" },
};

/*
 * The symbols by first byte, in table order, each list ending in -1:
 * most positions are ruled out by one lookup, the rest try only the
 * symbols that can match.  Built by cur_init().
 */
static signed char byfirst[256][8];

static void
cur_init(void)
{
	static int ready;
	size_t k, m;

	if (ready)
		return;
	memset(byfirst, -1, sizeof byfirst);
	for (k = 0; k < sizeof syms / sizeof syms[0]; k++) {
		signed char *b = byfirst[(unsigned char)syms[k].s[0]];

		for (m = 0; b[m] >= 0; m++)
			;
		if (m + 1 >= sizeof byfirst[0])
			die("cur_before: too many symbols start with one byte");
		b[m] = (signed char)k;
	}
	ready = 1;
}

/* Currency symbol or code before a number at I: returns its end and sets *ISO. */
static size_t
cur_before(struct qs *s, size_t i, const char **iso)
{
	size_t k, n, best = 0;
	const signed char *bk;

	if (i >= s->n || byfirst[(unsigned char)s->lc[i]][0] < 0)
		return i;
	if (i > 0 && qs_wordc(s, i) && qs_wordc(s, i - 1))
		return i;
	for (bk = byfirst[(unsigned char)s->lc[i]]; *bk >= 0; bk++)
		if ((n = qs_at(s, i, syms[k = (size_t)*bk].s)) > best) {
			/* a code must not run into a longer word */
			if (qs_wordc(s, i + n - 1) && qs_wordc(s, i + n))
				continue;
			best = n, *iso = syms[k].iso;
		}
	if (!best)
		return i;
	if (s->lang == QT_ZH && *iso && !strcmp(*iso, "USD") && s->f[i] == '$')
		*iso = "USD";
	return i + best;
}

/* A currency name after a number at I (spaces allowed): its end and ISO code. */
static size_t
cur_after(struct qs *s, size_t i, const char **iso, double *mult)
{
	size_t j = qs_skipsp(s, i), e, l;
	const struct word *w;
	uint32_t c;

	*mult = 1;
	if (j == i && j + 1 < s->n && s->f[j] == '-' && qs_wordc(s, j + 1) && wordat(s, j + 1, W_CUR, &e))
		j++;  /* "12-cent", "one-yen" */
	c = qs_cp(s, j, &l);
	if (j < s->n && (c == 0x20A1 || c == 0x20BE || c == 0x20AD || c == 0x20BD || c == 0x20BA)) {
		*iso = c == 0x20A1 ? "CRC" : c == 0x20BE ? "GEL" : c == 0x20AD ? "LAK" : c == 0x20BD ? "RUB" : "TRY";
		return j + l;
	}
	if (j < s->n && (c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5 || c == 0x20A9)) {
		*iso = c == '$' ? "USD" : c == 0x20AC ? "EUR" : c == 0xA3 ? "GBP" : c == 0xA5 ? "JPY" : "KRW";
		if (c == 0xA5 && s->lang == QT_ZH)
			*iso = "CNY";
		return j + l;
	}
	if ((e = zh_currency(s, j, iso)) && (j == i || s->lang == QT_ZH))
		return j + e;
	if ((w = wordat(s, j, W_CUR, &e))) {
		*iso = w->s;
		if (w->v)
			*mult = w->v;
		return e;
	}
	return i;
}

static size_t wnum(struct qs *s, size_t i, struct num *nm);
static int plain_int(const struct qs *s, size_t a, size_t b);

/*
 * Cents after an amount ending at E: "15 dollars 50", "3 euros com 99
 * centavos", "thirteen dollars and forty-five cents".  Adds them to *V.
 */
static size_t
cents(struct qs *s, size_t e, double *v, const char *iso)
{
	size_t j = qs_skipsp(s, e), k, be, a;
	const struct word *w;
	struct num d;
	int cny = iso && !strcmp(iso, "CNY");

	if (*v != floor(*v) || *v >= 1e4 || *v < 0 || j == e)
		return e;
	if ((w = wordat(s, j, W_JOIN, &k)))
		j = qs_skipsp(s, k);
	memset(&d, 0, sizeof d);
	if (j < s->n && isd(s->f[j])) {
		be = digits(s, j, &d);
		if (be == j || !d.ok || !plain_int(s, j, be) || be - j > 2 || qs_wordc(s, be))
			return e;
	} else if ((be = wnum(s, j, &d)) == j || d.frac || d.scaled)
		return e;
	if (d.v <= 0 || d.v >= 100 || d.v != floor(d.v))
		return e;
	a = qs_skipsp(s, be);
	if (cny && ((k = qs_atw(s, a, "jiao")) || (k = qs_atw(s, a, "mao")) || (k = qs_atw(s, a, "fen")))) {
		/* "3 yuan 5 jiao", "one kuai and five mao five": tenths, then hundredths */
		if (s->lc[a] == 'f' || d.v >= 10)
			return s->lc[a] == 'f' && d.v < 100 ? (*v += d.v / 100, a + k) : e;
		*v += d.v / 10;
		be = a + k;
		j = qs_skipsp(s, be);
		memset(&d, 0, sizeof d);
		if (j > be && j < s->n) {
			size_t fe = isd(s->f[j]) ? digits(s, j, &d) : wnum(s, j, &d), fa = qs_skipsp(s, fe);

			if (fe > j && d.ok && !d.frac && d.v >= 1 && d.v < 10 && d.v == floor(d.v) &&
			    ((k = qs_atw(s, fa, "fen")) || fa >= s->n || !(isd(s->f[fa]) || qs_wordc(s, fa)))) {
				*v += d.v / 100;
				be = k ? fa + k : fe;
			}
		}
		return be;
	}
	if ((w = wordat(s, a, W_CUR, &k))) {
		if (w->s && !strcmp(w->s, "USX")) {
			*v += d.v / 100;
			return k;
		}
		return e;
	}
	if (a < s->n && (isd(s->f[a]) || s->f[a] == '%' || s->f[a] == '$' || wordat(s, a, W_SCALE, &k) ||
	                 wordat(s, a, W_PCT, &k)))
		return e;
	*v += d.v / 100;
	return be;
}

/*
 * Scale words after a number at I: multiplies *V, returns the end.  Also
 * a spaced scale letter ("2.33 k", "-2.5 M"), dozens ("3 dozens"), and a
 * fraction of the scale after it ("3 million and a half").
 */
static size_t
scale_after(struct qs *s, size_t i, double *v, int *scaled)
{
	size_t j, e, p = i;
	const struct word *w;
	double last = 0;

	for (;;) {
		j = qs_skipsp(s, p);
		if ((w = wordat(s, j, W_SCALE, &e)) || (w = wordat(s, j, W_HUND, &e)) ||
		    (w = wordat(s, j, W_DOZEN, &e))) {
			if (w->type == W_HUND && (w->v != 100 || s->lang == QT_PT))
				break;
			if (last && w->v >= last && !(last == 1e3 && w->v >= 1e6))
				break;
			*v *= w->v;
			*scaled = 1;
			last = w->v;
			p = e;
			continue;
		}
		break;
	}
	if (!last && (j = qs_skipsp(s, p)) > p && j < s->n && !qs_wordc(s, j + 1) &&
	    (s->f[j] == 'k' || s->f[j] == 'K' || s->f[j] == 'M' || s->f[j] == 'G' || s->f[j] == 'B' ||
	     s->f[j] == 'T') && (j + 1 >= s->n || s->f[j + 1] == ' ' || s->f[j + 1] == '.' || s->f[j + 1] == ',' ||
	                         s->f[j + 1] == ')' || s->f[j + 1] == ';')) {
		double m = s->f[j] == 'k' || s->f[j] == 'K' ? 1e3 : s->f[j] == 'M' ? 1e6 :
		           s->f[j] == 'T' ? 1e12 : 1e9;
		*v *= m;
		*scaled = 1;
		return j + 1;
	}
	if (last >= 1e3) {
		/* "3 million and a half", "2 milhões e meio" */
		struct num f;
		size_t je;

		j = qs_skipsp(s, p);
		if ((w = wordat(s, j, W_JOIN, &je))) {
			size_t k = qs_skipsp(s, je);

			memset(&f, 0, sizeof f);
			if ((w = wordat(s, k, W_HALF, &e))) {
				*v += last / w->v;  /* "e meio", "and half" */
				return e;
			}
			if (wordat(s, k, W_A, &e) || wordat(s, k, W_UNIT, &e)) {
				if ((e = wnum(s, k, &f)) > k && f.frac && f.v < 1) {
					*v += f.v * last;
					return e;
				}
			}
		}
	}
	return p;
}

/* An integer in digits only at [A, B). */
static int
plain_int(const struct qs *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!isd(s->f[a]))
			return 0;
	return 1;
}

/* "3/4", "-4/5", "2 1/4" after the digits at [P, E): returns the new end. */
static size_t
slash_fraction(struct qs *s, size_t p, size_t e, struct num *nm)
{
	size_t q, r, j;
	double a, b, c;

	if (!plain_int(s, p, e) || e - p > 6)
		return e;
	if (e + 1 < s->n && s->f[e] == '/' && isd(s->f[e + 1])) {
		for (q = e + 1; q < s->n && isd(s->f[q]); q++)
			;
		if (q - e - 1 > 6 || (q < s->n && (s->f[q] == '/' || s->f[q] == '.' || qs_wordc(s, q))))
			return e;
		b = atof(s->f + e + 1);
		if (b == 0)
			return e;
		nm->v = nm->v / b;
		nm->frac = 1;
		nm->e = q;
		return q;
	}
	j = qs_skipsp(s, e);
	if (j > e && j < s->n && isd(s->f[j])) {
		for (q = j; q < s->n && isd(s->f[q]); q++)
			;
		if (q + 1 < s->n && s->f[q] == '/' && isd(s->f[q + 1]) && q - j <= 4) {
			for (r = q + 1; r < s->n && isd(s->f[r]); r++)
				;
			if (r - q - 1 > 4 || (r < s->n && (s->f[r] == '/' || qs_wordc(s, r))))
				return e;
			a = nm->v, b = atof(s->f + j), c = atof(s->f + q + 1);
			if (c == 0 || b >= c * 100)
				return e;
			nm->v = a + b / c;
			nm->frac = 1;
			nm->e = r;
			return r;
		}
	}
	return e;
}

/*
 * "one over three", "1 in twenty-one", "two out of five hundred",
 * "um sobre tres", "dois onze avos": a fraction whose numerator ends at E.
 */
static size_t
word_fraction(struct qs *s, size_t e, struct num *nm)
{
	size_t j = qs_skipsp(s, e), k = 0, b, be;
	struct num d;
	int strong = 0;

	if (nm->frac || nm->scaled || nm->v != floor(nm->v))
		return e;
	if (s->lang != QT_PT) {
		if ((k = qs_atw(s, j, "over")))
			strong = 1;
		else if ((k = qs_atw(s, j, "out of")) || (k = qs_atw(s, j, "in")))
			strong = 0;
	} else if ((k = qs_atw(s, j, "sobre")))
		strong = 1;
	memset(&d, 0, sizeof d);
	if (k) {
		b = qs_skipsp(s, j + k);
		if (b == j + k)
			return e;
		if (isd(s->f[b])) {
			be = digits(s, b, &d);
			if (be == b || !d.ok || !plain_int(s, b, be) || qs_wordc(s, be))
				return e;
		} else if ((be = wnum(s, b, &d)) == b || d.frac)
			return e;
		if (d.v <= 0 || be == b)
			return e;
		if (nm->v < 0 && !strong)
			return e;
		if (!(fabs(nm->v) < d.v || (strong && qs_skipsp(s, be) >= s->n)))
			return e;
		if (!strong && !(nm->v < d.v))
			return e;
		nm->v /= d.v;
		nm->frac = 1;
		nm->e = be;
		return be;
	}
	if (s->lang == QT_PT && nm->words && (be = wnum(s, j, &d)) > j && !d.frac && d.v > 1) {
		size_t a = qs_skipsp(s, be);

		if ((k = qs_atw(s, a, "avos"))) {
			nm->v /= d.v;
			nm->frac = 1;
			nm->e = a + k;
			return a + k;
		}
	}
	return e;
}

static void conversions(struct qs *s);

/*
 * Is the digit at P, after a comma, an item of a list of numbers ("nos.
 * 22,24,26,31")?  Outside Portuguese: three or more items of one or two
 * digits each, which neither grouping nor a decimal comma can make.
 */
static int
digit_list(const struct qs *s, size_t p)
{
	size_t a = p, b = p, g;
	int items = 0;

	if (s->lang == QT_PT)
		return 0;
	while (a > 0 && (isd(s->f[a - 1]) || s->f[a - 1] == ','))
		a--;
	if (a > 0 && (qs_wordc(s, a - 1) || s->f[a - 1] == '.'))
		return 0;
	while (b < s->n && (isd(s->f[b]) || (s->f[b] == ',' && b + 1 < s->n && isd(s->f[b + 1]))))
		b++;
	if (b < s->n && (qs_wordc(s, b) || (s->f[b] == '.' && b + 1 < s->n && isd(s->f[b + 1]))))
		return 0;
	for (g = a; g < b; items++) {
		size_t d = g;

		if (!isd(s->f[g]))
			return 0;
		while (g < b && isd(s->f[g]))
			g++;
		if (g - d > 2)
			return 0;
		if (g < b)
			g++;
	}
	return items >= 3;
}

/*
 * 七成六 (76%): a digit after 成 adds a point, when what follows it cannot
 * go on a word (七成一线城市): no Han character but 的, 以 (以上), 左 (左右)
 * or 上.  The end, or E.
 */
static size_t
zh_tenth(const struct qs *s, size_t e, double *v)
{
	size_t z = qs_skipsp(s, e), l, l2;
	uint32_t d = qs_cp(s, z, &l), nx;
	int dv = zdigit(d);

	if (dv <= 0 || d == 0x4E24 || d == 0x5169)
		return e;
	nx = qs_cp(s, z + l, &l2);
	if (qs_han(nx) && nx != 0x7684 /* 的 */ && nx != 0x4EE5 /* 以 */ && nx != 0x5DE6 /* 左 */ &&
	    nx != 0x4E0A /* 上 */)
		return e;
	if (isd(s->f[z + l]) || (z + l < s->n && (s->f[z + l] == '.' || s->f[z + l] == '%')))
		return e;
	*v += dv;
	return z + l;
}

/*
 * Numbers that name rather than count, at the digits at P: telephone
 * numbers (+86 21 ..., 021-6123 4567, a leading zero), registration
 * numbers (沪ICP备12345678号, 4 digit groups joined by hyphens), house
 * numbers ("No. 88", "nº 12").  Returns the end of what to skip, or P.
 */
static size_t
identifier(struct qs *s, size_t p)
{
	size_t e = p, b, nd = 0, ng = 1, l;
	int hy = 0;
	uint32_t c;

	while (e < s->n && (isd(s->f[e]) || ((s->f[e] == '-' || s->f[e] == '/') && e + 1 < s->n && isd(s->f[e + 1]) && e > p))) {
		if (isd(s->f[e]))
			nd++;
		else
			hy = 1, ng++;
		e++;
	}
	/* a telephone number: "+86", or several groups after it */
	if (p > 0 && s->f[p - 1] == '+') {
		while (e + 1 < s->n && (s->f[e] == ' ' || s->f[e] == '-') && isd(s->f[e + 1]))
			for (e++; e < s->n && isd(s->f[e]); e++)
				;
		return e;
	}
	if (hy && s->f[e] != '%' && !qs_wordc(s, e) && nd >= 7 && ng >= 2) {
		/* 021-6123 4567 */
		while (e + 1 < s->n && s->f[e] == ' ' && isd(s->f[e + 1]) && isd(s->f[e + 2]) && isd(s->f[e + 3]))
			for (e++; e < s->n && isd(s->f[e]); e++)
				;
		return e;
	}
	/* a leading zero: 021, 0755 (but not 0.5 or 0,5) */
	if (s->f[p] == '0' && nd >= 2 && !hy && !(e < s->n && (s->f[e] == '.' || s->f[e] == ',') && isd(s->f[e + 1])))
		return e;
	/* a clock time: 6:55, 21:44, 16:9 */
	if (!hy && nd <= 2 && e + 1 < s->n && s->f[e] == ':' && isd(s->f[e + 1]) &&
	    !(isd(s->f[e + 2]) && isd(s->f[e + 3]))) {
		e += isd(s->f[e + 2]) ? 3 : 2;
		if (e + 1 < s->n && s->f[e] == ':' && isd(s->f[e + 1]))
			for (e++; e < s->n && isd(s->f[e]); e++)
				;
		return e;
	}
	if (p > 1 && s->f[p - 1] == ':' && isd(s->f[p - 2]))
		return e;
	/* a reference mark: "[12]", "[1-2]" */
	if (p > 0 && s->f[p - 1] == '[' && e < s->n && (s->f[e] == ']' || s->f[e] == ','))
		return e + 1;
	if (hy && p > 0 && s->f[p - 1] == '[' && e < s->n && s->f[e] == ']')
		return e + 1;
	/* a list marker opening the seg: "1.", "2)" */
	if (qs_backsp(s, p) == 0 && nd <= 2 && !hy && e < s->n && (s->f[e] == '.' || s->f[e] == ')') &&
	    (e + 1 >= s->n || s->f[e + 1] == ' '))
		return e + 1;
	/* 沪ICP备12345678号, 京公网安备 11010502030143号 */
	c = qs_cp(s, e, &l);
	if (!hy && nd >= 5 && (c == 0x53F7 /* 号 */ || c == 0x865F))
		return e + l;
	b = qs_backsp(s, p);
	if (nd >= 5 && b >= 3 && (!memcmp(s->f + b - 3, "备", 3) || !memcmp(s->f + b - 3, "证", 3)))
		return e;
	/* No. 88, nº 12, n.º 3, número 5 */
	if (b > 0 && (s->f[b - 1] == '.' || qs_wordc(s, b - 1))) {
		size_t a = b;

		if (s->f[a - 1] == '.')
			a--;
		a = qs_wstart(s, a);
		if ((b - a == 3 && !memcmp(s->lc + a, "no.", 3)) || (b - a == 4 && !memcmp(s->lc + a, "nos.", 4)) ||
		    (b - a == 3 && !memcmp(s->lc + a, "nº", 3)) || (b - a == 3 && !memcmp(s->lc + a, "no ", 3)) ||
		    (b - a == 7 && !memcmp(s->lc + a, "número", 7)) || (b - a == 4 && !memcmp(s->lc + a, "room", 4)) ||
		    (b - a == 5 && !memcmp(s->lc + a, "suite", 5)) || (b - a == 4 && !memcmp(s->lc + a, "sala", 4)))
			return e;
		if (b >= 4 && !memcmp(s->lc + b - 4, "n.º", 4))
			return e;
	}
	/* 88 Keyuan Road, 1000 Century Avenue */
	if (!hy && nd <= 5) {
		size_t j = qs_skipsp(s, e), k;
		int caps = 0;

		for (k = 0; k < 4 && j < s->n && s->f[j] >= 'A' && s->f[j] <= 'Z'; k++) {
			size_t we = qs_wend(s, j);
			static const char *const st[] = { "road", "rd", "street", "st", "avenue", "ave", "boulevard",
			                                  "blvd", "lu", "lane", "highway", "drive" };
			size_t m;

			for (m = 0; m < sizeof st / sizeof st[0]; m++)
				if (strlen(st[m]) == we - j && !memcmp(s->lc + j, st[m], we - j) && caps)
					return e;
			caps++;
			j = qs_skipsp(s, we);
		}
	}
	return p;
}

/*
 * Operations per second spelled out after a number, at I: their length,
 * with *MULT set to what turns the number into PFLOPS; else 0.
 */
static size_t
ops_per_second(const struct qs *s, size_t i, double *mult)
{
	static const struct { const char *w; double m; } ops[] = {
		{ "quintilhões de operações por segundo", 1e3 },
		{ "quintilhões de operações de ponto flutuante por segundo", 1e3 },
		{ "quatrilhões de operações por segundo", 1 },
		{ "quatrilhões de operações de ponto flutuante por segundo", 1 },
		{ "quintillion operations per second", 1e3 },
		{ "quintillion floating-point operations per second", 1e3 },
		{ "quintillion calculations per second", 1e3 },
		{ "quadrillion operations per second", 1 },
		{ "quadrillion floating-point operations per second", 1 },
		{ "quadrillion calculations per second", 1 },
	};
	size_t k, n;

	for (k = 0; k < sizeof ops / sizeof ops[0]; k++)
		if ((n = qs_atw(s, i, ops[k].w))) {
			*mult = ops[k].m;
			return n;
		}
	return 0;
}

/*
 * A quantity that starts at I, if any: returns its end (folded) or I.
 */
static size_t
quantity(struct qs *s, size_t i)
{
	struct num nm;
	struct qb b;
	size_t p = i, e, l, ce, k;
	const char *iso = NULL, *iso2 = NULL, *q;
	double mult = 1;
	uint32_t c, cb;
	int neg = 0, pct = 0, isz, prefix = 0;
	size_t article = 0;
	size_t bpos;

	memset(&nm, 0, sizeof nm);
	memset(&b, 0, sizeof b);
	b.s = i;
	/* currency before the number */
	ce = cur_before(s, i, &iso);
	if (ce > i) {
		size_t j = qs_skipsp(s, ce);

		if (j < s->n && (isd(s->f[j]) || (s->f[j] == '.' && isd(s->f[j + 1])) ||
		                 znumc(qs_cp(s, j, &l)) || wordat(s, j, W_UNIT, &e) || wordat(s, j, W_TEN, &e) ||
		                 wordat(s, j, W_HALF, &e) || wordat(s, j, W_A, &e))) {
			prefix = 1;
			p = j;
		} else
			iso = NULL;
	}
	/* a minus sign, or the word */
	if (!prefix && s->f[p] == '-') {
		size_t j = p + 1;

		if (qs_backsp(s, p) == 0)
			j = qs_skipsp(s, j);  /* "- 10 k" at the start */
		if (j < s->n && (isd(s->f[j]) || s->f[j] == '.' || s->f[j] == ',')) {
			cb = qs_cp_before(s, p, &bpos);
			if (p == 0 || cb == ' ' || cb == '(' || cb == '\t' || cb == '=' || cb == ':') {
				neg = 1;
				p = j;
			}
		}
	} else if (!prefix && s->lang != QT_ZH && ((k = qs_atw(s, p, "minus")) || (k = qs_atw(s, p, "negative")))) {
		size_t j = qs_skipsp(s, p + k);

		if (j > p + k && j < s->n && isd(s->f[j]))
			neg = 1, p = j;
	}
	c = qs_cp(s, p, &l);
	isz = 0;
	if (isd(s->f[p]) || ((s->f[p] == '.' || s->f[p] == ',') && p + 1 < s->n && isd(s->f[p + 1]))) {
		/* a digit glued to a letter before it is part of a name: MLU100, G60, A4 */
		if (p > 0 && !prefix && (qs_wordc(s, p - 1) || isd(s->f[p - 1])))
			return i;
		if (p > 1 && !prefix && (s->f[p - 1] == '-' || s->f[p - 1] == '_' || s->f[p - 1] == '/') &&
		    qs_wordc(s, p - 2))
			return i;
		if (p > 1 && (s->f[p - 1] == '.' || s->f[p - 1] == ',') && isd(s->f[p - 2]) &&
		    s->map[p] - s->map[p - 1] == 1 && !(s->f[p - 1] == ',' && digit_list(s, p)))
			return i;
		if (p > 0 && s->f[p] == '.' && s->f[p - 1] == '.')
			return i + 1;
		if (s->f[p] == ',' && s->lang != QT_PT)
			return i;
		if (!prefix && (e = identifier(s, p)) > p)
			return e;
		e = digits(s, p, &nm);
		if (e == p)
			return i;
		if (!nm.ok) {
			/* a dotted identifier (192.168.1.2, v1.2.3) */
			while (e < s->n && (isd(s->f[e]) || s->f[e] == '.'))
				e++;
			return e;
		}
		/* Chinese numerals and units after the digits */
		{
			size_t j = s->lang == QT_ZH ? qs_skipsp(s, e) : e;
			uint32_t c2 = qs_cp(s, j, &l);

			if (zbig(c2) || zsmall(c2) || C_DIAN(c2) || C_YU(c2) || C_DUO(c2) || C_FEN == c2 || c2 == C_YOU) {
				struct num z;

				memset(&z, 0, sizeof z);
				if (znum(s, p, &z) > e && z.ok) {
					size_t zl;
					uint32_t zc = qs_cp(s, z.e, &zl);

					/* "2012 百度": a unit after a space must end the number */
					if (j == e || !qs_han(zc) || qs_zh_counted(s, z.e))
						nm = z, isz = 1, e = z.e;
				}
			}
		}
		if (nm.bad) {
			addbad(s, nm.s, nm.e);
			qs_take(s, nm.s, nm.e);
			return nm.e;
		}
		if (!isz)
			e = slash_fraction(s, p, e, &nm);
		/* letters glued after the digits */
		if (qs_wordc(s, e)) {
			size_t ge, bp;
			double m = glued_scale(s, e, &ge, nm.v);

			if (!m && prefix && s->f[e] == 'm' && !qs_wordc(s, e + 1))
				m = 1e6, ge = e + 1;  /* $500m, £3m */

			/* 寒武纪1M: a letter after digits after a Han character names a product */
			if (qs_han(qs_cp_before(s, p, &bp)) && !(s->f[e] == 'P' && !qs_wordc(s, e + 1)))
				m = 0;
			size_t j;

			if (s->f[e] == 'P' && (!qs_wordc(s, e + 1) || qs_han(qs_cp(s, e + 1, &ge)))) {
				/* 40.000P, 10000P算力: petaflops */
				b.e = e + 1;
				b.v = nm.v;
				b.kind = QT_POWER;
				b.unit = "PFLOPS";
				goto qual;
			}
			if (qs_at(s, e, "pflops") || qs_at(s, e, "eflops") || qs_at(s, e, "petaflops") ||
			    qs_at(s, e, "exaflops")) {
				b.e = qs_wend(s, e);
				b.v = nm.v * (s->lc[e] == 'e' ? 1000 : 1);
				b.kind = QT_POWER;
				b.unit = "PFLOPS";
				goto qual;
			}
			if ((j = cur_after(s, e, &iso2, &mult)) > e && qs_wordc(s, e)) {
				/* 115USD, 30MUSD */
				nm.v *= mult;
				b.e = j;
				b.v = nm.v;
				b.kind = QT_MONEY;
				b.unit = iso2;
				goto qual;
			}
			if (m == 0)
				return qs_wend(s, e);
			nm.v *= m;
			nm.scaled = 1;
			e = ge;
		}
		/* a year already taken, a version "2.0" after a name */
		if (!nm.scaled && !isz && !prefix && nm.v > 0 && nm.v < 10 && e - p == 3 && s->f[p + 1] == '.' &&
		    s->f[p + 2] == '0' && !(e < s->n && s->f[e] == '%') && !wordat(s, qs_skipsp(s, e), W_PCT, &l) &&
		    !wordat(s, qs_skipsp(s, e), W_CUR, &l) && !wordat(s, qs_skipsp(s, e), W_SCALE, &l)) {
			size_t bb = qs_backsp(s, p);

			if (bb > 0 && qs_wordc(s, bb - 1) && bb < p) {
				size_t ws = qs_wstart(s, bb);
				if ((s->f[ws] >= 'A' && s->f[ws] <= 'Z') || (bb - ws == 7 && !memcmp(s->lc + ws, "version", 7)) ||
				    (bb - ws == 6 && !memcmp(s->lc + ws, "versao", 6)) ||
				    (bb - ws == 7 && !memcmp(s->lc + ws, "versão", 7)))
					return e;
			}
		}
		if (!isz && !nm.frac) {
			size_t j = scale_after(s, e, &nm.v, &nm.scaled), we2;
			const struct word *ww;

			e = j;
			/* "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred" */
			if (s->lang == QT_EN && plain_int(s, p, nm.e) && nm.e - p <= 3 &&
			    (ww = wordat(s, qs_skipsp(s, nm.e), 0, &we2)) && (ww->type == W_HUND || ww->type == W_SCALE)) {
				struct num wn;
				size_t wend;

				memset(&wn, 0, sizeof wn);
				wn.digok = 1;
				if ((wend = wnum(s, p, &wn)) > e && wn.ok && !wn.frac) {
					nm.v = wn.v;
					nm.scaled = 1;
					e = wend;
				}
			}
		}
		nm.e = e;
		if (!isz && !prefix)
			e = nm.e = word_fraction(s, e, &nm);
	} else if (znumc(c) || C_FU(c)) {
		size_t bp;
		uint32_t pc = qs_cp_before(s, p, &bp);

		if ((pc == 0x6570 /* 数 */ || pc == 0x6578 || C_JI(pc)) && zsmall(c) > 0)
			return qs_cp(s, p, &l), p + l;  /* 数百亿, 几千: several */
		e = znum(s, p, &nm);
		if (e == p)
			return i;
		if (nm.bad) {
			addbad(s, nm.s, nm.e);
			qs_take(s, nm.s, nm.e);
			return nm.e;
		}
		isz = 1;
	} else if (qs_wordc(s, p) && !(p > 0 && qs_wordc(s, p - 1))) {
		e = wnum(s, p, &nm);
		if (e == p)
			return i;
		if (s->f[p] >= 'A' && s->f[p] <= 'Z' && qs_backsp(s, p) > 0 && nm.e + 1 < s->n &&
		    s->f[nm.e] == '-' && s->f[nm.e + 1] >= 'A' && s->f[nm.e + 1] <= 'Z')
			return qs_wend(s, nm.e + 1);
		{
			size_t j = scale_after(s, e, &nm.v, &nm.scaled);
			e = nm.e = j;
		}
		e = nm.e = word_fraction(s, e, &nm);
		if (nm.words && nm.lone && !prefix) {
			/* "one" as a pronoun, "um"/"uma" as an article */
			size_t we = qs_wend(s, p);
			size_t nx = qs_skipsp(s, we);
			size_t pb = qs_backsp(s, p);
			const char *lw = s->lc + p;
			size_t ll = we - p;

			if (s->lang == QT_PT && !nm.frac &&
			    ((ll == 2 && !memcmp(lw, "um", 2)) || (ll == 3 && !memcmp(lw, "uma", 3))))
				article = we;
			if (ll == 3 && !memcmp(lw, "one", 3)) {
				if (qs_atw(s, nx, "of") || qs_atw(s, nx, "another") || qs_atw(s, nx, "you") ||
				    qs_atw(s, nx, "is") || qs_atw(s, nx, "do") || qs_atw(s, nx, "day"))
					return we;
				if (pb > 0 && qs_wordc(s, pb - 1)) {
					size_t ws = qs_wstart(s, pb);
					static const char *const det[] = { "the", "this", "that", "which", "any", "no",
					                                   "each", "every", "some", "no-", "someone", "which" };
					for (k = 0; k < sizeof det / sizeof det[0]; k++)
						if (strlen(det[k]) == pb - ws && !memcmp(s->lc + ws, det[k], pb - ws))
							return we;
				}
			}
			if (nm.frac && ll == 4 && !memcmp(lw, "half", 4)) {
				/* "first half", "second half of the year" */
				size_t pe = qs_backsp(s, p);
				if (pe > 0 && qs_wordc(s, pe - 1)) {
					size_t ws = qs_wstart(s, pe);
					if ((pe - ws == 5 && !memcmp(s->lc + ws, "first", 5)) ||
					    (pe - ws == 6 && !memcmp(s->lc + ws, "second", 6)) ||
					    (pe - ws == 3 && !memcmp(s->lc + ws, "the", 3)))
						return we;
				}
			}
		}
	} else
		return i;

	{
		/* 第四届, 第3名: an ordinal; 十九大, 十九届: a congress */
		size_t bp, al;
		uint32_t ac = qs_cp(s, nm.e, &al);

		if (!prefix && qs_cp_before(s, qs_backsp(s, p), &bp) == 0x7B2C)
			return nm.e > p ? nm.e : p + 1;
		if (isz && !prefix && (ac == 0x5927 /* 大 */ || ac == 0x5C4A /* 届 */ || ac == 0x5C46))
			return nm.e;
	}
	if (neg)
		nm.v = -nm.v;
	b.v = nm.v;
	b.e = nm.e;
	memcpy(b.qual, nm.qual, sizeof b.qual);
	b.kind = nm.frac ? QT_FRACTION : QT_NUMBER;
	b.unit = nm.frac ? "fraction" : "count";

	/* what follows the number */
	{
		size_t j = qs_skipsp(s, b.e), je;
		const struct word *w;
		uint32_t c2 = qs_cp(s, j, &l);

		if (j < s->n && s->f[j] == '%' && (j == b.e || j == b.e + 1)) {
			b.e = j + 1;
			pct = 1;
		} else if ((w = wordat(s, j, W_PCT, &je))) {
			b.e = je;
			pct = w->v ? 2 : 1;
		} else if (s->lang == QT_ZH || isz) {
			size_t n2;
			const char *ziso = NULL;

			if ((n2 = qs_at(s, j, "个百分点")) || (n2 = qs_at(s, j, "個百分點")) ||
			    (n2 = qs_at(s, j, "百分点")) || (n2 = qs_at(s, j, "百分點"))) {
				b.e = j + n2;
				pct = 2;
			} else if (c2 == 0x6253 /* 打 */ && isz && !nm.frac && b.v > 0 && !nm.scaled) {
				b.e = j + l;
				b.v *= 12;
			} else if (c2 == 0x6210 /* 成 */ && !nm.frac && b.v > 0 && b.v <= 10) {
				b.e = j + l;
				b.v *= 10;
				pct = 1;
				if (qs_at(s, b.e, "半"))
					b.v += 5, b.e += 3;
				else if (b.v < 100)
					b.e = zh_tenth(s, b.e, &b.v);
			} else if (c2 == 0x6298 /* 折 */ && !nm.frac && b.v > 0 && b.v < 100 && b.v != 10 && !nm.scaled) {
				b.e = j + l;
				if (b.v < 10)
					b.v *= 10;
				pct = 1;
			} else if ((n2 = zh_currency(s, j, &ziso)) && !nm.frac) {
				b.e = j + n2;
				b.kind = QT_MONEY;
				b.unit = ziso;
				/* 8亿元人民币 */
				{
					size_t n3 = qs_at(s, b.e, "人民币");
					if (n3 && !strcmp(ziso, "CNY"))
						b.e += n3;
				}
				b.e = zh_subunits(s, b.e, ziso, &b.v);
			} else if (!nm.frac && (n2 = zh_classifier(s, j))) {
				const char *ziso2 = NULL;
				size_t n3;

				b.e = j + n2;
				if ((n3 = zh_currency(s, b.e, &ziso2)) && !strcmp(ziso2, "BTC")) {
					b.e += n3;  /* 20个比特币 */
					b.kind = QT_MONEY;
					b.unit = ziso2;
				}
			} else if (nm.lone && isz && !prefix && zdigit(c2) > 0 &&
			           qs_cp(s, qs_skipsp(s, j + l), &l) == 0x6298 /* 折 */) {
				/* 五五折, 三八折: two digits of a discount */
				size_t z = qs_skipsp(s, j + l - l);
				uint32_t d2 = qs_cp(s, j, &l);

				b.v = b.v * 10 + zdigit(d2);
				z = qs_skipsp(s, j + l);
				qs_cp(s, z, &l);
				b.e = z + l;
				pct = 1;
			} else if (nm.lone && isz && !prefix) {
				/* a lone numeral in running Chinese: only between non-Han text */
				size_t bp;
				uint32_t pc = qs_cp_before(s, nm.s, &bp), nc = qs_cp(s, nm.e, &l);

				if (qs_han(pc) || qs_han(nc) || pc == 0x7B2C /* 第 */)
					return nm.e;
			}
			if (nm.lone && isz && !prefix && b.kind == QT_NUMBER) {
				uint32_t lc0 = qs_cp(s, nm.s, &l);

				if (lc0 == 0x4F0D || lc0 == 0x9646 || lc0 == 0x9678 || lc0 == 0x62FE || lc0 == 0x8086 ||
				    lc0 == 0x67D2 || lc0 == 0x634C || lc0 == 0x7396 || lc0 == 0x53C1 || lc0 == 0x8D30 ||
				    lc0 == 0x58F9 || lc0 == 0x4F70 || lc0 == 0x4EDF) {
					size_t l2;

					if (qs_cp(s, nm.e, &l2) != 0x6253 /* 壹打: a dozen, not a name */)
						return nm.e;
				}
			}
		}
		if (pct == 1) {
			b.kind = QT_PERCENT;
			b.unit = "percent";
		} else if (pct == 2) {
			b.kind = QT_POINTS;
			b.unit = "points";
		} else if (b.kind != QT_MONEY && !nm.frac) {
			size_t je2;
			double m2 = 1;

			if ((je2 = cur_after(s, b.e, &iso2, &m2)) > b.e &&
			    !(prefix && qs_skipsp(s, je2) < s->n && isd(s->f[qs_skipsp(s, je2)]))) {
				b.e = je2;
				b.v *= m2;
				b.kind = QT_MONEY;
				b.unit = iso2;
				if (!nm.scaled && qs_wordc(s, b.e - 1))
					b.e = scale_after(s, b.e, &b.v, &nm.scaled);  /* "75 USD million" */
				b.e = cents(s, b.e, &b.v, iso2);
			} else if (s->lang == QT_PT && nm.scaled && qs_atw(s, qs_skipsp(s, b.e), "de") &&
			           (je2 = cur_after(s, qs_skipsp(s, b.e) + 2, &iso2, &m2)) > qs_skipsp(s, b.e) + 2) {
				b.e = je2;
				b.kind = QT_MONEY;
				b.unit = iso2;
			} else if ((je = qs_atw(s, j, "pflops")) || (je = qs_atw(s, j, "petaflops")) ||
			           (je = qs_atw(s, j, "pflop/s"))) {
				b.e = j + je, b.kind = QT_POWER, b.unit = "PFLOPS";
			} else if ((je = qs_atw(s, j, "eflops")) || (je = qs_atw(s, j, "exaflops")) ||
			           (je = qs_atw(s, j, "eflop/s"))) {
				b.e = j + je, b.v *= 1000, b.kind = QT_POWER, b.unit = "PFLOPS";
			} else if (j > b.e && s->f[j] == 'P' && !qs_wordc(s, j + 1) && !nm.words) {
				/* "20,000 P": petaflops, a capital P standing alone */
				b.e = j + 1, b.kind = QT_POWER, b.unit = "PFLOPS";
			} else if ((je = ops_per_second(s, j, &m2))) {
				/* "159 quintilhões de operações por segundo" */
				b.e = j + je, b.v *= m2, b.kind = QT_POWER, b.unit = "PFLOPS";
			} else if (!nm.words && dimension_after(s, nm.e)) {
				return qs_wend(s, qs_skipsp(s, nm.e));
			}
		}
		/* Chinese "percent of": 百分之 is read before the number */
	}
	if (article && b.kind == QT_NUMBER)
		return article;  /* "um acordo": an article, not a number */
	if (prefix) {
		b.s = i;
		if (b.kind == QT_MONEY) {
			/* "$ 10 dollars": the code after wins when more precise */
		} else {
			b.kind = QT_MONEY;
			b.unit = iso;
			/* "MUSD 60", "MEUR 3": a code after an M counts millions */
			if (s->lc[i] == 'm' && qs_wend(s, i) == i + 4 && !nm.scaled)
				b.v *= 1e6;
		}
	}
qual:
	/* 近273.1万余家: an approximation before the number wins over 余 and 多 in it. */
	if (!b.qual[0] || (isz && !strcmp(b.qual, ">") && (q = zh_qual(s, b.s)) && !strcmp(q, "~"))) {
		q = NULL;
		if (isz && (zsmall(qs_cp(s, b.s, &l)) > 0 || zbig(qs_cp(s, b.s, &l))) &&
		    qs_cp_before(s, b.s, &bpos) == 0x4E0A /* 上百 */)
			q = ">";
		if (!q && (s->lang == QT_ZH || isz))
			q = zh_qual(s, b.s);
		if (!q)
			q = latin_qual(s, b.s);
		if (q)
			snprintf(b.qual, sizeof b.qual, "%s", q);
	}
	if (s->lang == QT_ZH || isz) {
		size_t j = qs_skipsp(s, b.e), n2;

		for (k = 0; k < sizeof zh_qual_after / sizeof zh_qual_after[0]; k++)
			if ((n2 = qs_at(s, j, zh_qual_after[k].s))) {
				/* 将近90多家, 近…余: the word that comes first wins. */
				if (!b.qual[0])
					snprintf(b.qual, sizeof b.qual, "%s", zh_qual_after[k].q);
				if (!strcmp(zh_qual_after[k].s, "多") || !strcmp(zh_qual_after[k].s, "余") ||
				    !strcmp(zh_qual_after[k].s, "餘")) {
					b.e = j + n2;
					if ((n2 = zh_classifier(s, b.e)))
						b.e += n2;
				}
				break;
			}
	}
	if (!isfinite(b.v)) {
		addbad(s, b.s, b.e);
		return b.e;
	}
	emit(s, &b);
	return b.e > i ? b.e : i + 1;
}

/* 百分之五十, 千分之二, 百 分 之 2.4: a percentage read before its number. */
static size_t
zh_percent(struct qs *s, size_t i)
{
	size_t p = i, l, q;
	uint32_t c = qs_cp(s, p, &l);
	double div;
	struct num nm;
	struct qb b;
	const char *qq;

	if (c == 0x767E || c == 0x4F70)
		div = 1;
	else if (c == 0x5343 || c == 0x4EDF)
		div = 10;
	else if (c == 0x4E07 || c == 0x842C)
		div = 100;
	else
		return i;
	q = qs_skipsp(s, p + l);
	/* 百万分之五 */
	while (zbig(qs_cp(s, q, &l)))
		div *= 1e4, q = qs_skipsp(s, q + l);
	if (qs_cp(s, q, &l) != C_FEN)
		return i;
	q = qs_skipsp(s, q + l);
	if (qs_cp(s, q, &l) != C_ZHI)
		return i;
	q = qs_skipsp(s, q + l);
	memset(&nm, 0, sizeof nm);
	if (div == 1 && (qs_at(s, q, "百") || qs_at(s, q, "佰")) && !znumc(qs_cp(s, q + 3, &l)) &&
	    !isd(s->f[q + 3])) {
		memset(&b, 0, sizeof b);
		b.s = i, b.e = q + 3, b.v = 100, b.kind = QT_PERCENT, b.unit = "percent";
		emit(s, &b);
		return q + 3;
	}
	if (isd(s->f[q])) {
		if (digits(s, q, &nm) == q || !nm.ok)
			return i;
		if (qs_wordc(s, nm.e) || qs_wordc(s, qs_skipsp(s, nm.e))) {
			size_t ge, j = qs_skipsp(s, nm.e);
			double m = glued_scale(s, j, &ge, nm.v);
			if (m)
				nm.v *= m, nm.e = ge;
		}
		{
			uint32_t c2 = qs_cp(s, qs_skipsp(s, nm.e), &l);
			if (zbig(c2) || zsmall(c2) || C_DIAN(c2)) {
				struct num z;
				memset(&z, 0, sizeof z);
				if (znum(s, q, &z) > nm.e && z.ok)
					nm = z;
			}
		}
	} else if (znum(s, q, &nm) == q || !nm.ok)
		return i;
	if (nm.bad) {
		addbad(s, i, nm.e);
		return nm.e;
	}
	if (zdigit(qs_cp(s, nm.e, &l)) > 0)
		return nm.e;  /* 百分之二三十: a vague range */
	memset(&b, 0, sizeof b);
	b.s = i;
	b.e = nm.e;
	b.v = nm.v / div;
	b.kind = QT_PERCENT;
	b.unit = "percent";
	if ((qq = zh_qual(s, i)))
		snprintf(b.qual, sizeof b.qual, "%s", qq);
	emit(s, &b);
	return nm.e;
}

/* 一半, 半数: a half in Chinese. */
static size_t
zh_half(struct qs *s, size_t i)
{
	struct qb b;
	size_t n;

	if (((n = qs_at(s, i, "半成")) && !qs_at(s, i + n, "品")) || (n = qs_at(s, i, "半折")) ||
	    ((n = qs_at(s, i, "对折")) && i >= 3 && !memcmp(s->f + i - 3, "打", 3)) ||
	    ((n = qs_at(s, i, "對折")) && i >= 3 && !memcmp(s->f + i - 3, "打", 3))) {
		memset(&b, 0, sizeof b);
		b.s = i, b.e = i + n, b.v = qs_at(s, i, "半成") ? 5 : 50, b.kind = QT_PERCENT, b.unit = "percent";
		emit(s, &b);
		return b.e;
	}
	if (!(n = qs_at(s, i, "一半")) && !(n = qs_at(s, i, "半数")) &&
	    !((n = qs_at(s, i, "半百")) && !qs_at(s, i + n, "分")))
		return i;
	memset(&b, 0, sizeof b);
	b.s = i;
	b.e = i + n;
	if (qs_at(s, i, "半百"))
		b.v = 50, b.kind = QT_NUMBER, b.unit = "count";  /* 年过半百 */
	else
		b.v = 0.5, b.kind = QT_FRACTION, b.unit = "fraction";
	{
		const char *q = zh_qual(s, i);
		size_t k;

		if (q)
			snprintf(b.qual, sizeof b.qual, "%s", q);
		for (k = 0; k < sizeof zh_qual_after / sizeof zh_qual_after[0]; k++)
			if (qs_at(s, b.e, zh_qual_after[k].s) && strcmp(zh_qual_after[k].s, "多") &&
			    strcmp(zh_qual_after[k].s, "余"))
				snprintf(b.qual, sizeof b.qual, "%s", zh_qual_after[k].q);
	}
	emit(s, &b);
	return b.e;
}

/* Marks a currency conversion in parentheses: "70 billion yuan ($10.16 billion)". */
static void
conversions(struct qs *s)
{
	struct qt_result *r = s->r;
	size_t k, a, b;
	long j;

	for (k = 1; k < r->nq; k++) {
		struct qt_quant *q = &r->q[k], *p;
		int paren = 0, other = 0;

		if (q->kind != QT_MONEY)
			continue;
		j = (long)k - 1;
		p = &r->q[j];
		if (p->kind != QT_MONEY || !strcmp(p->unit, q->unit))
			continue;
		/* between them: spaces, "(", "（", and at most a short word */
		{
			/* the folded offset of p->end: map is sorted, search it */
			size_t lo = 0, hi = s->n;

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				if (s->map[mid] < p->end)
					lo = mid + 1;
				else
					hi = mid;
			}
			a = lo;
		}
		for (b = a; b < s->n && s->map[b] < q->start && b - a <= 24; b++) {
			if (s->f[b] == '(' || !memcmp(s->f + b, "（", 3))
				paren = 1;
			else if (isd(s->f[b]))
				other = 1;
		}
		if (paren && !other && b - a <= 24)
			q->conv_of = j;
	}
}

/* ------------------------------------------------------------ the scan */

/* Marks web addresses and e-mail addresses as used: "%20" is no percentage. */
static void
skip_urls(struct qs *s)
{
	size_t i, j, a;

	/* most texts hold no '@', no ':' (of "http://") and no "www." */
	if (!memchr(s->f, '@', s->n) && !memchr(s->f, ':', s->n)) {
		const char *w = s->lc, *end = s->lc + s->n;

		while ((w = memchr(w, 'w', (size_t)(end - w))) && !(end - w >= 4 && !memcmp(w, "www.", 4)))
			w++;
		if (!w)
			return;
	}
	for (i = 0; i < s->n; i++) {
		if (s->lc[i] != 'h' && s->lc[i] != 'w' && s->f[i] != '@')
			continue;
		if (qs_at(s, i, "http://") || qs_at(s, i, "https://") || (qs_at(s, i, "www.") && (i == 0 || !qs_wordc(s, i - 1)))) {
			for (j = i; j < s->n && s->f[j] != ' ' && !((unsigned char)s->f[j] >= 0xE0); j++)
				;
			qs_take(s, i, j);
			i = j;
		} else if (s->f[i] == '@' && i > 0 && qs_wordc(s, i - 1) && qs_wordc(s, i + 1)) {
			for (a = i; a > 0 && s->f[a - 1] != ' ' && (unsigned char)s->f[a - 1] < 0x80; a--)
				;
			for (j = i; j < s->n && s->f[j] != ' ' && (unsigned char)s->f[j] < 0x80; j++)
				;
			qs_take(s, a, j);
			i = j;
		}
	}
}

/* ½ ⅓ ¾ ...: a vulgar fraction character at I. */
static size_t
vulgar(struct qs *s, size_t i)
{
	static const struct {
		uint32_t c;
		double v;
	} vf[] = {
		{ 0xBD, 0.5 }, { 0xBC, 0.25 }, { 0xBE, 0.75 }, { 0x2153, 1.0 / 3 }, { 0x2154, 2.0 / 3 },
		{ 0x2155, 0.2 }, { 0x2156, 0.4 }, { 0x2157, 0.6 }, { 0x2158, 0.8 }, { 0x2159, 1.0 / 6 },
		{ 0x215A, 5.0 / 6 }, { 0x215B, 0.125 }, { 0x215C, 0.375 }, { 0x215D, 0.625 }, { 0x215E, 0.875 },
	};
	size_t l, k;
	uint32_t c = qs_cp(s, i, &l);
	struct qb b;

	for (k = 0; k < sizeof vf / sizeof vf[0]; k++)
		if (vf[k].c == c) {
			memset(&b, 0, sizeof b);
			b.s = i, b.e = i + l, b.v = vf[k].v, b.kind = QT_FRACTION, b.unit = "fraction";
			emit(s, &b);
			return i + l;
		}
	return i;
}

/* "percent of 10", "per cent of twenty-two": the number after the word. */
static size_t
pct_of(struct qs *s, size_t i)
{
	const struct word *w;
	size_t e, j, be, a;
	struct num d;
	struct qb b;

	if (!(w = wordat(s, i, W_PCT, &e)) || w->v)
		return i;
	j = qs_skipsp(s, e);
	if (!(e = qs_atw(s, j, "of")))
		return i;
	j = qs_skipsp(s, j + e);
	memset(&d, 0, sizeof d);
	if (isd(s->f[j])) {
		if ((be = digits(s, j, &d)) == j || !d.ok || d.bad)
			return i;
	} else if ((be = wnum(s, j, &d)) == j)
		return i;
	a = qs_skipsp(s, be);
	if (a < s->n && (qs_wordc(s, a) || isd(s->f[a])))
		return i;
	memset(&b, 0, sizeof b);
	b.s = i, b.e = be, b.v = d.v, b.kind = QT_PERCENT, b.unit = "percent";
	emit(s, &b);
	return be;
}

/*
 * Can no quantity start at I?  Most of a text is words and signs that
 * start none: ASCII punctuation other than $ - . , a word that starts no
 * entry of the tables, no currency, and is not "minus" or "negative", and
 * any other character but a numeral, 负, 半 and 对 (一半, 对折), a vulgar
 * fraction and a currency sign.  The scan steps over them without trying
 * each reader.
 */
static int
inert(struct qs *s, size_t i)
{
	unsigned char c = (unsigned char)s->f[i];
	const char *iso;
	uint32_t cp;
	size_t l;

	if (c < 0x80 && !s->wc[i])
		return !isd(c) && c != '$' && c != '-' && c != '.' && c != ',';
	if (!s->wc[i]) {
		cp = qs_cp(s, i, &l);
		return !znumc(cp) && !C_FU(cp) && cp != 0x534A && cp != 0x5BF9 && cp != 0x5C0D &&
		       !(cp >= 0xBC && cp <= 0xBE) && !(cp >= 0x2153 && cp <= 0x215E) &&
		       (byfirst[c][0] < 0 || cur_before(s, i, &iso) == i);
	}
	if (i > 0 && s->wc[i - 1])
		return 0;
	return !hfirst(s->lc + i, wend_dotted(s, i) - i, lbit(s), 0) &&
	       (byfirst[(unsigned char)s->lc[i]][0] < 0 || cur_before(s, i, &iso) == i) &&
	       !qs_atw(s, i, "minus") && !qs_atw(s, i, "negative");
}

static void
scan(struct qs *s)
{
	size_t i = 0, e, l;
	uint32_t c;

	skip_urls(s);
	while (i < s->n) {
		if (s->used[i]) {
			i++;
			continue;
		}
		if (inert(s, i)) {
			i = s->wc[i] ? qs_wend(s, i) : i + (qs_cp(s, i, &l), l ? l : 1);
			continue;
		}
		c = qs_cp(s, i, &l);
		if (qs_han(c)) {
			if ((e = zh_percent(s, i)) > i || (e = zh_half(s, i)) > i) {
				i = e;
				continue;
			}
		}
		if (c >= 0xBC && c <= 0x215E && (e = vulgar(s, i)) > i) {
			i = e;
			continue;
		}
		if (qs_wordc(s, i) && (e = pct_of(s, i)) > i) {
			i = e;
			continue;
		}
		e = quantity(s, i);
		if (e > i) {
			i = e;
			continue;
		}
		/* not a number here: step over the word or character */
		if (qs_wordc(s, i))
			i = qs_wend(s, i);
		else if (isd(s->f[i]))
			while (i < s->n && (isd(s->f[i]) || qs_wordc(s, i)))
				i++;
		else
			i += l ? l : 1;
	}
}

int
qt_lang(const char *lang, const char *text, size_t len)
{
	size_t i, k, han = 0, pt = 0;
	uint32_t cp;
	static const char *const ptw[] = { " de ", " da ", " do ", " que ", " em ", " uma ", " não ", " são ",
	                                   " para ", " os ", " das ", " dos ", " com " };

	if (lang && (lang[0] == 'z' || lang[0] == 'Z') && (lang[1] == 'h' || lang[1] == 'H'))
		return QT_ZH;
	if (lang && (lang[0] == 'p' || lang[0] == 'P') && (lang[1] == 't' || lang[1] == 'T'))
		return QT_PT;
	if (lang && (lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N'))
		return QT_EN;
	for (i = 0; i < len;) {
		k = utf8_decode(text + i, len - i, &cp);
		if (!k)
			k = 1;
		if (cp >= 0x4E00 && cp <= 0x9FFF && ++han >= 2)
			return QT_ZH;
		i += k;
	}
	for (k = 0; k < sizeof ptw / sizeof ptw[0]; k++)
		if (memmem(text, len, ptw[k], strlen(ptw[k])))
			pt++;
	return pt >= 2 ? QT_PT : QT_EN;
}

static void
parse_date(struct qs *s, const char *d)
{
	s->dy = s->dm = s->dd = 0;
	if (!d)
		return;
	if (strlen(d) >= 4 && isd(d[0]) && isd(d[1]) && isd(d[2]) && isd(d[3])) {
		s->dy = atoi(d);
		if (d[4] == '-' && isd(d[5]) && isd(d[6])) {
			s->dm = atoi(d + 5);
			if (d[7] == '-' && isd(d[8]) && isd(d[9]))
				s->dd = atoi(d + 8);
		}
	}
	if (s->dm < 1 || s->dm > 12)
		s->dm = 0, s->dd = 0;
}

static int
cmpq(const void *a, const void *b)
{
	const struct qt_quant *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

void
qt_scan(const char *text, size_t len, int lang, const char *docdate, struct qt_result *r)
{
	struct qs s;

	r->nq = r->nt = r->nbad = 0;
	memset(&s, 0, sizeof s);
	s.lang = lang;
	s.r = r;
	parse_date(&s, docdate);
	cur_init();
	fold(&s, text, len);
	tx_scan(&s);
	scan(&s);
	if (r->nq > 1)
		qsort(r->q, r->nq, sizeof r->q[0], cmpq);
	conversions(&s);
}

void
qt_free(struct qt_result *r)
{
	free(r->q);
	free(r->t);
	free(r->bad);
	free(r->scratch);
	memset(r, 0, sizeof *r);
}
