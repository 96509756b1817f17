using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

public class DateTimeFunctionTests
{
    private const double March23 = 1521801216617;

    [Theory]
    [InlineData("Hello", "Hello")]
    [InlineData("Year: [Y0001]", "Year: 2018")]
    [InlineData("Year: <[Y9,999,*]>", "Year: <2,018>")]
    [InlineData("[[Year: <[Y0001]>", "[Year: <2018>")]
    [InlineData("Year]]: <[Y0001]>", "Year]: <2018>")]
    [InlineData("[[Year]]: [[[Y0001]]]", "[Year]: [2018]")]
    [InlineData("[D#1]/[M#1]/[Y0001]", "23/3/2018")]
    [InlineData("[Y0001]-[M01]-[D01]", "2018-03-23")]
    [InlineData("[M01]/[D01]/[Y0001] at [H01]:[m01]:[s01]", "03/23/2018 at 10:33:36")]
    [InlineData("[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z01:01t]", "2018-03-23T10:33:36.617Z")]
    [InlineData("[Y]-[ M01]-[D 01]T[H01 ]:[ m   ]:[s].[f0  01][Z01:\n 01t]", "2018-03-23T10:33:36.617Z")]
    [InlineData("[D#1,2]/[M1,2]/[Y,2]", "23/03/18")]
    [InlineData("[D#1,2]/[M1,2]/[Y0001,2]", "23/03/2018")]
    [InlineData("[D#1,2]/[M1,2]/[Y##01,2-2]", "23/03/18")]
    [InlineData("[D#1,2]/[M1,2]/[Y0001,2-2]", "23/03/18")]
    [InlineData("[D1] [M01] [YI]", "23 03 MMXVIII")]
    [InlineData("[Da] [MA] [Yi]", "w C mmxviii")]
    [InlineData("[D1o] [M01] [Y]", "23rd 03 2018")]
    [InlineData("[Yw]", "two thousand and eighteen")]
    [InlineData("[Dwo] [M01] [Y]", "twenty-third 03 2018")]
    [InlineData("[D1o] [MNn] [Y]", "23rd March 2018")]
    [InlineData("[D1o] [MN] [Y]", "23rd MARCH 2018")]
    [InlineData("[FNn], [D1o] [MNn] [Y]", "Friday, 23rd March 2018")]
    [InlineData("[FNn], the [Dwo] of [MNn] [Y] [E]", "Friday, the twenty-third of March 2018 ISO")]
    [InlineData("[FNn,3-3], [D1o] [MNn,3-3] [Y] [C]", "Fri, 23rd Mar 2018 ISO")]
    [InlineData("[F], [D]/[M]/[Y] [h]:[m]:[s] [P]", "friday, 23/3/2018 10:33:36 am")]
    [InlineData("[PN] [Pn] [PNn] [q1]", "AM am am undefined")]
    public void FromMillis_Picture_WritesTheDate(string picture, string expected) =>
        Assert.Equal(expected, DateTimeFormatting.FromMillis(March23, picture));

    [Theory]
    [InlineData(1522616700000, "[F0] [FNn]", "7 Sunday")]
    [InlineData(1522703100000, "[F0] [FNn]", "1 Monday")]
    [InlineData(1204405500000, "[F], [D]/[M]/[Y] [h]:[m]:[s] [P]", "saturday, 1/3/2008 9:05:00 pm")]
    [InlineData(1199664000000, "[F], [D]/[M]/[Y] [h]:[m]:[s] [P]", "monday, 7/1/2008 12:00:00 am")]
    [InlineData(1514808000000, "[dwo] day of the year", "first day of the year")]
    [InlineData(1546257600000, "[d] days in [Y0001]", "365 days in 2018")]
    [InlineData(1483185600000, "[d] days in [Y0001]", "366 days in 2016")]
    [InlineData(1514808000000, "Week: [W]", "Week: 1")]
    [InlineData(1515326400000, "Week: [W]", "Week: 1")]
    [InlineData(1545739200000, "Week: [W]", "Week: 52")]
    [InlineData(1388577600000, "Week: [W]", "Week: 1")]
    [InlineData(1419854400000, "Week: [W]", "Week: 1")]
    [InlineData(1419768000000, "Week: [W]", "Week: 52")]
    [InlineData(1419336000000, "Week: [W]", "Week: 52")]
    [InlineData(1420113600000, "Week: [W]", "Week: 1")]
    [InlineData(1420459200000, "Week: [W]", "Week: 2")]
    [InlineData(1451304000000, "Week: [W]", "Week: 53")]
    [InlineData(1451563200000, "Week: [W]", "Week: 53")]
    [InlineData(1451736000000, "Week: [W]", "Week: 53")]
    [InlineData(1359460800000, "Week: [w] of [xNn]", "Week: 5 of January")]
    [InlineData(1359633600000, "Week: [w] of [xNn]", "Week: 5 of January")]
    [InlineData(1359720000000, "Week: [w] of [xNn]", "Week: 5 of January")]
    [InlineData(1514808000000, "Week: [w] of [xNn]", "Week: 1 of January")]
    [InlineData(1483272000000, "Week: [w] of [xNn]", "Week: 5 of December")]
    [InlineData(1533038400000, "Week: [w] of [xNn]", "Week: 1 of August")]
    [InlineData(1419940800000, "Week: [w] of [xNn]", "Week: 1 of January")]
    [InlineData(1451736000000, "[X]-W[W]-[F1]", "2015-W53-6")]
    [InlineData(-1, "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01].[f001]", "1969-12-31 23:59:59.999")]
    [InlineData(951782400000, "[Y0001]-[M01]-[D01] [FNn]", "2000-02-29 Tuesday")]
    public void FromMillis_Calendar_CountsDaysAndWeeks(double millis, string picture, string expected) =>
        Assert.Equal(expected, DateTimeFormatting.FromMillis(millis, picture));

    [Theory]
    [InlineData(1521801216617, "[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z0101t]", "+0100", "2018-03-23T11:33:36.617+0100")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z01:01]", null, "2018-07-11T12:00:00+00:00")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z01:01t]", null, "2018-07-11T12:00:00Z")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z]", "-0500", "2018-07-11T07:00:00-05:00")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z0]", "-0500", "2018-07-11T07:00:00-5")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z]", "+1000", "2018-07-11T22:00:00+10:00")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z0]", "+1000", "2018-07-11T22:00:00+10")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z0]", "+0530", "2018-07-11T17:30:00+5:30")]
    [InlineData(1531310400000, "[Y]-[M01]-[D01]T[H01]:[m]:[s][z]", "-0500", "2018-07-11T07:00:00GMT-05:00")]
    [InlineData(1204405500000, "[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z0101t]", "+0530", "2008-03-02T02:35:00.000+0530")]
    [InlineData(1230757500000, "[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z0101t]", "+0530", "2009-01-01T02:35:00.000+0530")]
    [InlineData(1540127100000, null, null, "2018-10-21T13:05:00.000Z")]
    [InlineData(1540127100000, null, "-0500", "2018-10-21T08:05:00.000-05:00")]
    [InlineData(1540127100000, null, "0000", "2018-10-21T13:05:00.000Z")]
    public void FromMillis_Timezone_OffsetsTheTimeAndWritesTheZone(double millis, string? picture, string? timezone, string expected) =>
        Assert.Equal(expected, DateTimeFormatting.FromMillis(millis, picture, timezone));

    [Theory]
    [InlineData("[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z010101t]", "D3134")]
    [InlineData("[YN]-[M]-[D]", "D3133")]
    [InlineData("[YN]-[M", "D3135")]
    [InlineData("[Y]-[M]-[q]", "D3132")]
    [InlineData("[Y#]", "D3130")]
    public void FromMillis_InvalidPicture_RaisesItsCode(string picture, string code) =>
        Assert.Equal(code, Assert.Throws<ActivityAware.Local.Asl.Jsonata.JsonataException>(() => DateTimeFormatting.FromMillis(1230757500000, picture, "+0530")).Code);

    [Theory]
    [InlineData("2018", "[Y1]", 1514764800000)]
    [InlineData("2018-03-27", "[Y1]-[M01]-[D01]", 1522108800000)]
    [InlineData("2018-03-27T14:03:00.123Z", "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001]Z", 1522159380123)]
    [InlineData("27th 3 1976", "[D1o] [M#1] [Y0001]", 196732800000)]
    [InlineData("21st 12 1881", "[D1o] [M01] [Y0001]", -2777932800000)]
    [InlineData("2nd 12 2012", "[D1o] [M01] [Y0001]", 1354406400000)]
    [InlineData("MCMLXXXIV", "[YI]", 441763200000)]
    [InlineData("27 03 MMXVIII", "[D1] [M01] [YI]", 1522108800000)]
    [InlineData("27 iii MMXVIII", "[D1] [Mi] [YI]", 1522108800000)]
    [InlineData("w C mmxviii", "[Da] [MA] [Yi]", 1521763200000)]
    [InlineData("ae C mmxviii", "[Da] [MA] [Yi]", 1522454400000)]
    [InlineData("27th April 2008", "[D1o] [MNn] [Y0001]", 1209254400000)]
    [InlineData("21 August 2017", "[D1] [MNn] [Y0001]", 1503273600000)]
    [InlineData("2 Feb 2012", "[D1] [MNn,3-3] [Y0001]", 1328140800000)]
    [InlineData("one thousand, nine hundred and eighty-four", "[Yw]", 441763200000)]
    [InlineData("nineteen hundred and eighty-four", "[Yw]", 441763200000)]
    [InlineData("twenty-seven April 2008", "[Dw] [MNn] [Y0001]", 1209254400000)]
    [InlineData("twenty-seventh April 2008", "[Dw] [MNn] [Y0001]", 1209254400000)]
    [InlineData("twenty-first August two thousand and seventeen", "[Dw] [MNn] [Yw]", 1503273600000)]
    [InlineData("TWENTY-SECOND August two thousand and seventeen", "[DW] [MNn] [Yw]", 1503360000000)]
    [InlineData("Twentieth of August, two thousand and seventeen", "[DW] of [MNn], [Yw]", 1503187200000)]
    [InlineData("4/4/2018 12:06 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522800360000)]
    [InlineData("4/4/2018 06:30 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522823400000)]
    [InlineData("4/4/2018 12:06 pm", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522843560000)]
    [InlineData("4/4/2018 11:30 pm", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522884600000)]
    [InlineData("2018-094", "[Y0001]-[d001]", 1522800000000)]
    [InlineData("Wednesday, 14th November 2018", "[FNn], [D1o] [MNn] [Y]", 1542153600000)]
    [InlineData("Mon, Twelfth November 2018", "[FNn,*-3], [DWwo] [MNn] [Y]", 1541980800000)]
    [InlineData("2018--180", "[Y]--[d]", 1530230400000)]
    [InlineData("three hundred and sixty-fifth day of 2018", "[dwo] day of [Y]", 1546214400000)]
    [InlineData("2018-07-11T07:00:00-05:00", "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z]", 1531310400000)]
    [InlineData("2018-3-2-5", "[Y]-[x]-[w]-[F1]", 1514764800000)]
    public void ToMillis_Picture_ReadsTheTimestamp(string timestamp, string picture, double expected) =>
        Assert.Equal(expected, DateTimeParsing.ToMillis(timestamp, picture, 0));

    [Fact]
    public void ToMillis_TimeOnly_TakesTodaysDateAndZeroSeconds()
    {
        var now = 1700000000000d;
        var millis = DateTimeParsing.ToMillis("13:45", "[H]:[m]", now)!.Value;
        Assert.Equal("2023-11-14T13:45:00.000Z", DateTimeFormatting.FromMillis(millis));
    }

    [Theory]
    [InlineData("Hello", "Hello")]
    [InlineData("irrelevent string", "[Y]-[M]-[D]")]
    public void ToMillis_NothingToRead_IsUndefined(string timestamp, string picture) =>
        Assert.Null(DateTimeParsing.ToMillis(timestamp, picture, 0));

    [Theory]
    [InlineData("2018-05-22", "[Y]-[M]-[q]", "D3132")]
    [InlineData("2018-05-22", "[YN]-[M]-[D]", "D3133")]
    [InlineData("2018-22", "[Y]-[D]", "D3136")]
    [InlineData("5-22 23:59", "[M]-[D] [m]:[s]", "D3136")]
    [InlineData("2018-32-5", "[X]-[W]-[F1]", "D3136")]
    [InlineData("2018-01-01", null, "")]
    [InlineData("2018/01/01", null, "D3110")]
    [InlineData("Tuesday", null, "D3110")]
    public void ToMillis_Invalid_RaisesItsCode(string timestamp, string? picture, string code)
    {
        if (code == "")
        {
            Assert.Equal(1514764800000, DateTimeParsing.ToMillis(timestamp, picture, 0));
            return;
        }
        Assert.Equal(code, Assert.Throws<ActivityAware.Local.Asl.Jsonata.JsonataException>(() => DateTimeParsing.ToMillis(timestamp, picture, 0)).Code);
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00.001Z", 1)]
    [InlineData("2017-10-30T16:25:32.935Z", 1509380732935)]
    [InlineData("2018-02-01T09:42:13.123+01:00", 1517474533123)]
    [InlineData("2018-02-01T09:42:13.123+0100", 1517474533123)]
    [InlineData("2018-02-01T09:42:13Z", 1517478133000)]
    [InlineData("2018-02-01", 1517443200000)]
    [InlineData("2018-02", 1517443200000)]
    [InlineData("2018", 1514764800000)]
    [InlineData("2018-02-01T09:42:13.1234567Z", 1517478133123)]
    public void ToMillis_Iso8601_ReadsAsDateParseDoes(string timestamp, double expected) =>
        Assert.Equal(expected, DateTimeParsing.ToMillis(timestamp, null, 0));

    [Fact]
    public void ToMillis_Iso8601MonthOutOfRange_IsNaN() =>
        Assert.True(double.IsNaN(DateTimeParsing.ToMillis("2018-13-01", null, 0)!.Value));
}
