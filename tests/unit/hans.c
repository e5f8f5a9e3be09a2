/* Unit tests of lib/hans.c: Traditional characters to Simplified ones, one at a time. */
#include "hans.h"
#include "unit.h"

int
main(void)
{
	CHECK_INT(hans_char(0x81FA), 0x53F0, "臺 is 台");
	CHECK_INT(hans_char(0x570B), 0x56FD, "國 is 国");
	CHECK_INT(hans_char(0x5B78), 0x5B66, "學 is 学");
	CHECK_INT(hans_char(0x9AD4), 0x4F53, "體 is 体");
	CHECK_INT(hans_char(0x8457), 0x7740, "著 folds too (both forms)");
	CHECK_INT(hans_char(0x380F), 0x37C6, "the table's first entry");
	CHECK_INT(hans_char(0x9F9C), 0x9F9F, "the table's last entry: 龜 is 龟");
	CHECK_INT(hans_char(0x5317), 0x5317, "北 stays");
	CHECK_INT(hans_char(0x53F0), 0x53F0, "台, Simplified already, stays");
	CHECK_INT(hans_char('A'), 'A', "ASCII stays");
	CHECK_INT(hans_char(0x3002), 0x3002, "。 stays");
	CHECK_INT(hans_char(0x20000), 0x20000, "past the BMP's Han blocks stays");
	return unit_failed;
}
