using System.Globalization;
using FinExtract.Numbers;
using FinExtract.Pipeline;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinExtract.Tests.Numbers;

public class NumberRecognizerTests
{
    internal static readonly Lazy<NumberRecognizer> Recognizer = new(() =>
    {
        var errors = new List<ConfigError>();
        var c = Currencies.Load(new[] { Path.Combine(TestPaths.RepoRoot, "src/FinExtract/Resources/gazetteers/currencies.tsv") }, errors);
        Assert.Empty(errors);
        return new NumberRecognizer(c);
    });

    internal static List<NumberMention> Find(string text) => Recognizer.Value.Find(text, 0, text.Length, Array.Empty<(int, int)>());

    /// <summary>The one <paramref name="kind"/> in <paramref name="text"/> is <paramref name="mention"/> with <paramref name="value"/>.</summary>
    private static void SingleReads(string text, string kind, string mention, double value)
    {
        var n = Single(text, kind);
        Assert.Equal(mention, text[n.Start..n.End]);
        Assert.Equal(value, n.Value!.Value, 9);
    }

    private static NumberMention Single(string text, string kind)
    {
        var found = Find(text).Where(n => n.Kind == kind).ToList();
        Assert.True(found.Count == 1, $"expected one {kind} in \"{text}\", got: {string.Join(" | ", Find(text).Select(n => $"{n.Kind} {n.Value} {n.Unit} '{text[n.Start..n.End]}'"))}");
        return found[0];
    }

    [Theory]
    [InlineData("Tesla closed at $212.19 on Friday.", 212.19, "USD", "$212.19")]
    [InlineData("It raised US$5m from investors.", 5e6, "USD", "US$5m")]
    [InlineData("about C$1.34 a share", 1.34, "CAD", "C$1.34")]
    [InlineData("priced at HK$88 each", 88, "HKD", "HK$88")]
    [InlineData("the miner raised $US50 million in New York", 50e6, "USD", "$US50 million")]
    [InlineData("shares closed at $A3.89 in Sydney", 3.89, "AUD", "$A3.89")]
    [InlineData("a $NZ4.4 billion budget", 4.4e9, "NZD", "$NZ4.4 billion")]
    [InlineData("Firma zaplatila 8 milionů Kč za pozemek.", 8e6, "CZK", "8 milionů Kč")]
    [InlineData("Spółka zarobiła 2,5 miliarda zł.", 2.5e9, "PLN", "2,5 miliarda zł")]
    [InlineData("a €2.5 billion bond", 2.5e9, "EUR", "€2.5 billion")]
    [InlineData("a £3bn deal", 3e9, "GBP", "£3bn")]
    [InlineData("a £40million transfer", 4e7, "GBP", "£40million")]
    [InlineData("the fare rose by half a dollar", 0.5, "USD", "half a dollar")]
    [InlineData("the stock slipped half a penny", 0.005, "GBP", "half a penny")]
    [InlineData("the group paid $7.5billion", 7.5e9, "USD", "$7.5billion")]
    [InlineData("costs ¥120 in Tokyo", 120, "JPY", "¥120")]
    [InlineData("worth Rs 500 crore", 5e9, "INR", "Rs 500 crore")]
    [InlineData("a ₹1.2 lakh loan", 120000, "INR", "₹1.2 lakh")]
    [InlineData("bought for 5 million euros", 5e6, "EUR", "5 million euros")]
    [InlineData("raised USD 40mn last year", 4e7, "USD", "USD 40mn")]
    [InlineData("sales of about $ 48.2 million , it said", 48.2e6, "USD", "$ 48.2 million")]
    [InlineData("the dividend is 50 cents", 0.5, "USD", "50 cents")]
    [InlineData("a stamp costs 95 euro cents", 0.95, "EUR", "95 euro cents")]
    [InlineData("a coffee was 2 euros and 40 cents", 2.4, "EUR", "2 euros and 40 cents")]
    [InlineData("the fare is three kuai and five mao", 3.5, "CNY", "three kuai and five mao")]
    [InlineData("a pint was 3 pounds 20 pence then", 3.2, "GBP", "3 pounds 20 pence")]
    [InlineData("a stamp was 4 pounds and 5p then", 4.05, "GBP", "4 pounds and 5p")]
    [InlineData("a pint for £4.50p at the bar", 4.5, "GBP", "£4.50p")]
    [InlineData("a stamp was £4 and 50 pence then", 4.5, "GBP", "£4 and 50 pence")]
    [InlineData("a ticket was $7 and 5 cents then", 7.05, "USD", "$7 and 5 cents")]
    [InlineData("a payout of 8 Australian cents a share", 0.08, "AUD", "8 Australian cents")]
    [InlineData("a loss of -$1.2bn", -1.2e9, "USD", "-$1.2bn")]
    [InlineData("fetched 176 Hong Kong dollars", 176, "HKD", "176 Hong Kong dollars")]
    [InlineData("it only cost thirteen dollars and forty-five cents", 13.45, "USD", "thirteen dollars and forty-five cents")]
    [InlineData("the price of the simulator ranges between c $ 16.4 million", 16.4e6, "CAD", "c $ 16.4 million")]
    [InlineData("it returned three-quarters of a billion dollars", 7.5e8, "USD", "three-quarters of a billion dollars")]
    [InlineData("a third of a million euros went to charity", 1e6 / 3, "EUR", "a third of a million euros")]
    [InlineData("the budget is one point five billion pounds", 1.5e9, "GBP", "one point five billion pounds")]
    [InlineData("東京の会社は250万円を支払った", 2.5e6, "JPY", "250万円")]
    [InlineData("公司净利润达到12.5亿元。", 1.25e9, "CNY", "12.5亿元")]
    [InlineData("投资了3000万美元", 3e7, "USD", "3000万美元")]
    [InlineData("회사는 3억원을 투자했다", 3e8, "KRW", "3억원")]
    [InlineData("the lunch cost twelve quid", 12, "GBP", "twelve quid")]
    [InlineData("the notes raised 1.75bnUSD in all", 1.75e9, "USD", "1.75bnUSD")]
    [InlineData("a facility of 40 MMEUR was signed", 4e7, "EUR", "40 MMEUR")]
    [InlineData("le groupe a levé 3,2 MdEUR en mars", 3.2e9, "EUR", "3,2 MdEUR")]
    [InlineData("a $2.2-trillion budget", 2.2e12, "USD", "$2.2-trillion")]
    [InlineData("a fee of 900 Ugandan shillings", 900, "UGX", "900 Ugandan shillings")]
    [InlineData("the unit raised 300 mln stg in bonds", 3e8, "GBP", "300 mln stg")]
    [InlineData("net income of 85 mln dlrs in the quarter", 8.5e7, "USD", "85 mln dlrs")]
    [InlineData("a loan of 40 mln Canadian dlrs", 4e7, "CAD", "40 mln Canadian dlrs")]
    [InlineData("earnings of 27 cts a share", 0.27, "USD", "27 cts")]
    [InlineData("a bid worth DM 2.4 billion", 2.4e9, "DEM", "DM 2.4 billion")]
    [InlineData("the bank lent Lit 800 billion", 8e11, "ITL", "Lit 800 billion")]
    [InlineData("a Y45bn bond from the carmaker", 4.5e10, "JPY", "Y45bn")]
    [InlineData("the insurer lost R30bn last year", 3e10, "ZAR", "R30bn")]
    [InlineData("she found a 5-rupee coin", 5, "INR", "5-rupee")]
    [InlineData("a 100-rouble note was found", 100, "RUB", "100-rouble")]
    [InlineData("the wallet held 40 ethereum", 40, "ETH", "40 ethereum")]
    [InlineData("he paid 12 litecoins for it", 12, "LTC", "12 litecoins")]
    [InlineData("a loan of euro 40 million", 4e7, "EUR", "euro 40 million")]
    [InlineData("the carmaker lost yen 12 billion", 1.2e10, "JPY", "yen 12 billion")]
    [InlineData("las ventas sumaron 3,2 mil millones de dólares", 3.2e9, "USD", "3,2 mil millones de dólares")]
    [InlineData("un beneficio de 1.500 mil millones de euros", 1.5e12, "EUR", "1.500 mil millones de euros")]
    [InlineData("o grupo investiu mil milhões de euros", 1e9, "EUR", "mil milhões de euros")]
    [InlineData("同社は1億2000万円を調達した", 1.2e8, "JPY", "1億2000万円")]
    [InlineData("純利益は3兆5000億円に達した", 3.5e12, "JPY", "3兆5000億円")]
    [InlineData("eine Busse von 250’000 Franken", 250000, "CHF", "250’000 Franken")]
    [InlineData("der Preis liegt bei 1'250.50 Franken", 1250.5, "CHF", "1'250.50 Franken")]
    [InlineData("ein Umsatz von 600 US-Dollar", 600, "USD", "600 US-Dollar")]
    [InlineData("the miner raised R20 million locally", 2e7, "ZAR", "R20 million")]
    [InlineData("the course costs R12,500 a term", 12500, "ZAR", "R12,500")]
    [InlineData("a RM5bn highway contract", 5e9, "MYR", "RM5bn")]
    [InlineData("rooms from RM50 a night", 50, "MYR", "RM50")]
    [InlineData("the stall sold it for three pounds forty.", 3.4, "GBP", "three pounds forty")]
    [InlineData("tickets at 4 pounds 20 each", 4.2, "GBP", "4 pounds 20")]
    [InlineData("a grant of 40 billion Czech crowns", 4e10, "CZK", "40 billion Czech crowns")]
    [InlineData("one Norwegian krone bought less", 1, "NOK", "one Norwegian krone")]
    [InlineData("a NIS 12 million grant", 1.2e7, "ILS", "NIS 12 million")]
    [InlineData("a levy of 500 CFA francs per bag", 500, "XOF", "500 CFA francs")]
    [InlineData("the app costs 79c a month", 0.79, "USD", "79c")]
    [InlineData("a bowl of noodles for 8,500 won", 8500, "KRW", "8,500 won")]
    [InlineData("a ticket of 1 200 rand", 1200, "ZAR", "1 200 rand")]
    [InlineData("a coffee at 35,000 dong", 35000, "VND", "35,000 dong")]
    [InlineData("she had four dimes left", 0.4, "USD", "four dimes")]
    [InlineData("a ride for 2.5 won less", 2.5, "KRW", "2.5 won")]
    [InlineData("the levy is 18.75 rand per tonne", 18.75, "ZAR", "18.75 rand")]
    [InlineData("it lent 3 million Korean won", 3e6, "KRW", "3 million Korean won")]
    [InlineData("a fine of 40 new shekels", 40, "ILS", "40 new shekels")]
    [InlineData("the quarry sold for R16.4 million", 1.64e7, "ZAR", "R16.4 million")]
    [InlineData("the bid was £52 m in cash", 5.2e7, "GBP", "£52 m")]
    [InlineData("a US$ 1.5 b loan", 1.5e9, "USD", "US$ 1.5 b")]
    [InlineData("the shop charged ￥480 for it", 480, "JPY", "￥480")]
    [InlineData("a stamp then cost 40 pfennigs", 0.4, "DEM", "40 pfennigs")]
    [InlineData("the buyer paid Can$48.5 million", 4.85e7, "CAD", "Can$48.5 million")]
    [InlineData("bread rose by fifty piastres", 0.5, "EGP", "fifty piastres")]
    [InlineData("the farm sold for 2 million Dutch guilders", 2e6, "NLG", "2 million Dutch guilders")]
    [InlineData("the sawmill fetched 8 million markkas", 8e6, "FIM", "8 million markkas")]
    [InlineData("a ticket at 12 pounds and sixty-five pence today", 12.65, "GBP", "12 pounds and sixty-five pence")]
    [InlineData("the fund raised $2.5mm from backers", 2.5e6, "USD", "$2.5mm")]
    [InlineData("a term loan of US$40MM", 4e7, "USD", "US$40MM")]
    [InlineData("the seed round was $5 MM in all", 5e6, "USD", "$5 MM")]
    [InlineData("a €12 mm facility", 1.2e7, "EUR", "€12 mm")]
    public void Money_IsReadWithCurrencyAndScale(string text, double value, string unit, string span)
    {
        var n = Single(text, "money");
        Assert.Equal(value, n.Value!.Value, 6);
        Assert.Equal(unit, n.Unit);
        Assert.Equal(span, text[n.Start..n.End]);
    }

    [Theory]
    [InlineData("the bolt is 12mm wide")]
    [InlineData("a 35 mm film camera")]
    public void Millimetres_AfterABareNumber_AreNoMillion(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Value >= 1e6 || n.Kind == "money");

    [Fact]
    public void MoneyRanges_GiveBothEnds_WithTheScaleOfTheSecond()
    {
        var found = Find("analysts see $40-50 billion in spending").Where(n => n.Kind == "money").ToList();
        Assert.Equal(new[] { 40e9, 50e9 }, found.Select(n => n.Value!.Value));
        Assert.All(found, n => Assert.Equal("money.range", n.Rule));
        var two = Find("between $5 million to $7 million").Where(n => n.Kind == "money").Select(n => n.Value!.Value).ToList();
        Assert.Equal(new[] { 5e6, 7e6 }, two);
    }

    [Fact]
    public void AShareOffer_IsMoney()
    {
        var n = Single("a $10-a-share offer", "money");
        Assert.Equal(10, n.Value);
    }

    [Theory]
    [InlineData("shares rose 0.15%", 0.15, "percent")]
    [InlineData("up 5 per cent", 5, "percent")]
    [InlineData("a 12 per-cent stake", 12, "percent")]
    [InlineData("exports grew 6.4 p.c. in the quarter", 6.4, "percent")]
    [InlineData("inflation hit 7٪ in the year", 7, "percent")]
    [InlineData("a rise of 3﹪", 3, "percent")]
    [InlineData("down 5 percent", 5, "percent")]
    [InlineData("only half a percent", 0.5, "percent")]
    [InlineData("Fifty-one percent of voters", 51, "percent")]
    [InlineData("an 80-percent stake", 80, "percent")]
    [InlineData("yields rose 0.5 percentage point", 0.5, "percentage_point")]
    [InlineData("shares rose a quarter of a percent", 0.25, "percent")]
    [InlineData("rates fell three-quarters of a percentage point", 0.75, "percentage_point")]
    [InlineData("a third of one percent of the vote", 1.0 / 3, "percent")]
    [InlineData("die Inflation lag bei 2,4 Prozent", 2.4, "percent")]
    [InlineData("une hausse de 3 pour cent", 3, "percent")]
    [InlineData("subió un 7 por ciento", 7, "percent")]
    [InlineData("enflasyon %4,5 oldu", 4.5, "percent")]
    [InlineData("inflation eased to %3.2 in May", 3.2, "percent")]
    [InlineData("Margin: percent 14.5.", 14.5, "percent")]
    [InlineData("the change, per cent 3, was small", 3, "percent")]
    [InlineData("their share was a percentage of 18.", 18, "percent")]
    public void Percentages_AreRead(string text, double value, string unit)
    {
        var n = Single(text, "percent");
        Assert.Equal(value, n.Value!.Value, 9);
        Assert.Equal(unit, n.Unit);
    }

    [Fact]
    public void BasisPoints_AreTheirOwnKind()
    {
        var n = Single("the Fed cut rates by 25 basis points", "basis_points");
        Assert.Equal(25, n.Value);
        Assert.Equal("bp", n.Unit);
    }

    [Fact]
    public void PercentRanges_GiveBothEnds()
    {
        var found = Find("growth of 5-7% a year").Where(n => n.Kind == "percent").Select(n => n.Value!.Value).ToList();
        Assert.Equal(new[] { 5.0, 7.0 }, found);
    }

    [Theory]
    [InlineData("the bank made a 25-basis-point cut", "25-basis-point", "basis_points", 25, "bp")]
    [InlineData("a 0.75 percentage-point increase in yields", "0.75 percentage-point", "percent", 0.75, "percentage_point")]
    [InlineData("unemployment rose a percentage point", "a percentage point", "percent", 1, "percentage_point")]
    [InlineData("spreads widened by a basis point", "a basis point", "basis_points", 1, "bp")]
    [InlineData("markets expect a quarter-point cut in June", "a quarter-point", "percent", 0.25, "percentage_point")]
    [InlineData("after a half-point rise last month", "a half-point", "percent", 0.5, "percentage_point")]
    [InlineData("the central bank raised rates by a quarter-point.", "a quarter-point", "percent", 0.25, "percentage_point")]
    [InlineData("the Tarnwell bank lowered rates a half-point in May", "a half-point", "percent", 0.5, "percentage_point")]
    [InlineData("the board cut a quarter point, as expected", "a quarter point", "percent", 0.25, "percentage_point")]
    [InlineData("A quarter-percentage-point increase is priced in", "A quarter-percentage-point", "percent", 0.25, "percentage_point")]
    [InlineData("the jobless rate jumped a full percentage point", "a full percentage point", "percent", 1, "percentage_point")]
    [InlineData("fees fell by half of one percent", "half of one percent", "percent", 0.5, "percent")]
    [InlineData("a cut of half of a percentage point", "half of a percentage point", "percent", 0.5, "percentage_point")]
    [InlineData("a margin of 0.4 of a percent", "0.4 of a percent", "percent", 0.4, "percent")]
    [InlineData("worth one-tenth of 1% of sales", "one-tenth of 1%", "percent", 0.1, "percent")]
    [InlineData("a tenth of 1 percent of the float", "a tenth of 1 percent", "percent", 0.1, "percent")]
    [InlineData("margins widened 1.5 ppts in the half", "1.5 ppts", "percent", 1.5, "percentage_point")]
    [InlineData("its share rose 0.4ppt on the year", "0.4ppt", "percent", 0.4, "percentage_point")]
    public void PointsOfAPercent_InEveryWrittenForm(string text, string mention, string kind, double value, string unit)
    {
        var n = Single(text, kind);
        Assert.Equal(mention, text[n.Start..n.End]);
        Assert.Equal(value, n.Value!.Value, 9);
        Assert.Equal(unit, n.Unit);
        Assert.DoesNotContain(Find("she won by a half-point margin"), x => x.Kind == "percent");
    }

    [Theory]
    [InlineData("she won by a half-point margin")]
    [InlineData("the Tarvel share gained a quarter point on the day")]
    [InlineData("the striker scored a half point for the team")]
    public void AFractionOfAPoint_WithNoRateMove_IsNoPercent(string text) => Assert.DoesNotContain(Find(text), x => x.Kind == "percent");

    [Theory]
    [InlineData("guidance of $1.2-$1.5 billion for the year", 1.2e9, 1.5e9)]
    [InlineData("a charge of $40-50 billion", 4e10, 5e10)]
    [InlineData("prices ran from $900 to $1.2 billion", 900, 1.2e9)]
    [InlineData("a fine of €3m-4m is expected", 3e6, 4e6)]
    [InlineData("costs of USD 5bn to 6bn", 5e9, 6e9)]
    public void AMoneyRange_SharesItsScale_OnlyWhenItRises(string text, double low, double high)
    {
        var money = Find(text).Where(n => n.Kind == "money").Select(n => n.Value!.Value).ToList();
        Assert.Equal(new[] { low, high }, money);
    }

    [Theory]
    [InlineData("The percent 10 years ago was higher.")]
    [InlineData("In percent 2020 terms it fell.")]
    [InlineData("A percentage of 40 students failed.")]
    public void APercentWordBeforeANumber_CountsOnlyWhenTheNumberClosesTheClause(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind == "percent");

    [Theory]
    [InlineData("In 2019 won the title again.")]
    [InlineData("The team, 12 won and 3 lost, leads.")]
    [InlineData("Of the 40 rand fans, few came.")]
    [InlineData("Of the 2 won, one was a draw.")]
    public void ACurrencyThatIsAlsoAWord_NeedsAScaleOrGroupedDigits(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    /// <summary>After a money cue ("cost", "paid about", "a fine of"), a currency word that is also a unit or a word needs no scale.</summary>
    [Theory]
    [InlineData("The repair cost 150 pounds in the end.", 150, "GBP", "150 pounds")]
    [InlineData("They paid about forty rand for a ticket.", 40, "ZAR", "forty rand")]
    [InlineData("He was fined 300 pounds by the court.", 300, "GBP", "300 pounds")]
    [InlineData("She got a fine of just over 90 pounds.", 90, "GBP", "90 pounds")]
    [InlineData("A bowl of soup costs 900 won there.", 900, "KRW", "900 won")]
    [InlineData("The Tarvel court set a bond of two hundred pounds.", 200, "GBP", "two hundred pounds")]
    [InlineData("Quellmark owed sixty pounds to its grocer.", 60, "GBP", "sixty pounds")]
    [InlineData("They made a payment of 75 pounds to the club.", 75, "GBP", "75 pounds")]
    [InlineData("The shop was valued at 90 rand by then.", 90, "ZAR", "90 rand")]
    public void ACurrencyThatIsAlsoAWord_IsMoneyAfterAMoneyCue(string text, double value, string unit, string span)
    {
        var n = Single(text, "money");
        Assert.Equal((value, unit, span), (n.Value!.Value, n.Unit, text[n.Start..n.End]));
    }

    /// <summary>A rate written onto the amount ("pcm", "pw", "pa", "p.a.") is no part of it, and the "p" of "p.a." is no penny.</summary>
    [Theory]
    [InlineData("The flat lets at £1,450pcm from June.", 1450, "£1,450")]
    [InlineData("Cleaners earn £420pw there.", 420, "£420")]
    [InlineData("A salary of £52,000pa plus bonus.", 52000, "£52,000")]
    [InlineData("A salary of £52,000p.a. plus bonus.", 52000, "£52,000")]
    [InlineData("Tutors charge £30ph in the town.", 30, "£30")]
    public void ARateWrittenOntoAnAmount_IsNoPartOfIt(string text, double value, string span)
    {
        var n = Single(text, "money");
        Assert.Equal((value, "GBP", span), (n.Value!.Value, n.Unit, text[n.Start..n.End]));
    }

    [Theory]
    [InlineData("The parcel weighs 150 pounds.")]
    [InlineData("He lost 30 pounds last year.")]
    [InlineData("He paid for 150 pounds of flour.")]
    [InlineData("The costume was 40 pounds heavier.")]
    public void AUnitWordWithoutAMoneyCue_IsNoMoney(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    [Fact]
    public void ALoneLetterAfterTheAmount_IsAScaleOnlyAfterACurrency()
    {
        Assert.DoesNotContain(Find("the plot is 45 m wide and 30 m deep"), n => n.Kind == "money");
        Assert.DoesNotContain(Find("rent of £12 m² a year"), n => n.Value > 1e6);
    }

    [Fact]
    public void ALoneCapitalR_IsRandOnlyBeforeAScale() =>
        Assert.DoesNotContain(Find("the fit had an R2 of 0.8, R5 remained and the R3B model shipped"), n => n.Kind == "money");

    [Theory]
    [InlineData("the company's forty-fifth year of trading", "forty-fifth", 45)]
    [InlineData("on the twenty-first floor", "twenty-first", 21)]
    [InlineData("the 21st floor", "21st", 21)]
    [InlineData("its one hundred fifth branch", "one hundred fifth", 105)]
    [InlineData("the club's two thousand and third member", "two thousand and third", 2003)]
    [InlineData("on the three hundred and twenty-first day", "three hundred and twenty-first", 321)]
    public void CompoundOrdinals_AreOrdinals_NotTheirTens(string text, string mention, double value)
    {
        SingleReads(text, "ordinal", mention, value);
        Assert.DoesNotContain(Find(text), m => m.Kind == "count");
        Assert.DoesNotContain(Find("a sixty-second advert ran"), m => m.Value is 60 or 62);
        Assert.Equal(1.0 / 21, Single("a twenty-first of the pool", "count").Value!.Value, 9);
    }

    [Theory]
    [InlineData("350,000", 350000)]
    [InlineData("1.2 million", 1.2e6)]
    [InlineData("three million", 3e6)]
    [InlineData("a dozen", 12)]
    [InlineData("twenty-one trillion", 21e12)]
    [InlineData("4 thousand 3 hundred and 21", 4321)]
    [InlineData("two-thirds", 2.0 / 3)]
    [InlineData("one and a half", 1.5)]
    [InlineData("2 1/4", 2.25)]
    [InlineData("two hundred point seventy-one", 200.71)]
    [InlineData("10k", 1e4)]
    [InlineData("1,674,200.5 M", 1674200.5e6)]
    [InlineData("12.32e+14", 12.32e14)]
    [InlineData("three lakh crore", 3e12)]
    [InlineData("3 million and a half", 3.5e6)]
    [InlineData("half-a-dozen", 6)]
    [InlineData("half-a-million", 5e5)]
    [InlineData("two hundred fifths", 40)]
    public void Counts_AreRead(string text, double value)
    {
        Assert.Equal(value, Single(text + " of them were sold", "count").Value!.Value, 6);
        var n = Single(text, "count");
        Assert.Equal(value, n.Value!.Value, 6);
        Assert.Equal(text, text[n.Start..n.End]);
    }

    [Theory]
    [InlineData("needs a two-thirds majority", "two-thirds", 2.0 / 3)]
    [InlineData("costs were one-fifth lower", "one-fifth", 0.2)]
    [InlineData("a two fifths share", "two fifths", 0.4)]
    [InlineData("only one third stayed open", "one third", 1.0 / 3)]
    [InlineData("One fifth voted against it", "One fifth", 0.2)]
    [InlineData("the pipe is 3 ¾ inches wide", "3 ¾", 3.75)]
    public void Fractions_BeforeANoun_KeepTheirDenominator(string text, string mention, double value)
    {
        SingleReads(text, "count", mention, value);
        // a second or a quarter before a noun is as often time as a fraction: neither is read as one there
        Assert.DoesNotContain(Find("after a one-second delay"), m => m.Rule == "count.fraction");
        Assert.DoesNotContain(Find("three quarters running"), m => m.Rule == "count.fraction");
        Assert.DoesNotContain(Find("two wins and three thirds in ten races"), m => m.Rule == "count.fraction");
        Assert.DoesNotContain(Find("only one third-party supplier"), m => m.Rule == "count.fraction");
    }

    [Theory]
    [InlineData("it took one two-hundredth of a second", "one two-hundredth", 1.0 / 200)]
    [InlineData("a share of three one-thousandths.", "three one-thousandths", 0.003)]
    [InlineData("one one hundred fifth.", "one one hundred fifth", 1.0 / 105)]
    [InlineData("one hundred and forty sevenths.", "one hundred and forty sevenths", 20)]
    [InlineData("one hundred forty sevenths.", "one hundred forty sevenths", 100.0 / 47)]
    [InlineData("nine thousand over four.", "nine thousand over four", 2250)]
    [InlineData("one in eight borrowers defaulted", "one in eight", 0.125)]
    [InlineData("about three in 20 shops closed", "three in 20", 0.15)]
    public void SpelledFractions_ReadNumeratorAndDenominatorByTheirWords(string text, string mention, double value) =>
        SingleReads(text, "count", mention, value);

    [Theory]
    [InlineData("Euro 2024 opens in June.")]
    [InlineData("The bill came to euro 5 yesterday.")]
    [InlineData("The pair traded at yen 140 on Friday.")]
    public void ACurrencyWordBeforeAnAmountWithoutAScale_IsNoMoney(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    [Theory]
    [InlineData("The Y7 group met in the R2 building.")]
    [InlineData("The console plays NBA 2K20 and the chip is a P450.")]
    public void DigitsGluedToALetter_AreACodesNotANumber(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("They sold one two hundred page book.")]
    [InlineData("Revenue was 4 million over 2024.")]
    [InlineData("Two in 2024 were sold to the state.")]
    [InlineData("Five in three rounds is the record.")]
    public void NoFraction_WhereTheWordsAreTwoNumbersOrAYear(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Rule == "count.fraction");

    [Theory]
    [InlineData("Le total est de 12 345 678,9 euros.", "12 345 678,9 euros", 12345678.9)]
    [InlineData("Der Preis: 1 234,56 € netto", "1 234,56 €", 1234.56)]
    public void SpaceGroupedThousands_TakeADecimalMarkAfterThem(string text, string mention, double value) =>
        SingleReads(text, "money", mention, value);

    [Fact]
    public void SpaceGroupedThousands_BeforeAThreeDigitCommaGroup_AreTwoNumbers()
    {
        SingleReads("Die Masse beträgt 40 000.25 t.", "count", "40 000.25", 40000.25);
        Assert.DoesNotContain(Find("scores of 5 200,300 and 400"), n => n.Value is > 5000 and < 6000);
    }

    [Theory]
    [InlineData("The sample held 5.2 x 10^3 cells.", "5.2 x 10^3", 5200)]
    [InlineData("A mole is 6.02 × 10^23 atoms.", "6.02 × 10^23", 6.02e23)]
    [InlineData("Light travels 3*10^8 m/s.", "3*10^8", 3e8)]
    [InlineData("The charge is 1.6x10^-19 coulombs.", "1.6x10^-19", 1.6e-19)]
    public void ALiteralTimesAPowerOfTen_IsOneNumber(string text, string mention, double value) => SingleReads(text, "count", mention, value);

    [Fact]
    public void AGridOfTwoNumbers_IsNoPowerOfTen() => Assert.Equal(2, Find("a 3 x 4 grid and a 2 x 10 room").Count(n => n.Value is 3 or 4));

    [Theory]
    [InlineData("A ticket costs a dollar.", "a dollar", 1.0, "USD")]
    [InlineData("Fuel stays under a euro a litre.", "a euro", 1.0, "EUR")]
    [InlineData("The toll is a dollar fifty now.", "a dollar fifty", 1.5, "USD")]
    [InlineData("The fund did not lose a single cent.", "a single cent", 0.01, "USD")]
    [InlineData("The price fell to three-quarters of a dollar.", "three-quarters of a dollar", 0.75, "USD")]
    [InlineData("Fares rose by a quarter of a euro.", "a quarter of a euro", 0.25, "EUR")]
    [InlineData("The fee rose by a quarter of a cent a share.", "a quarter of a cent", 0.0025, "USD")]
    public void ACurrencyNamedAfterA_IsOneOfIt(string text, string mention, double value, string code)
    {
        var n = Single(text, "money");
        Assert.Equal((mention, value, code), (text[n.Start..n.End], n.Value!.Value, n.Unit));
    }

    [Theory]
    [InlineData("The firm sold a dollar bond in May.")]
    [InlineData("The bank kept a dollar peg for years.")]
    [InlineData("It is a euro-zone country.")]
    [InlineData("She has a yen for travel.")]
    public void ACurrencyNameThatModifiesANoun_IsNoAmount(string text) => Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    [Fact]
    public void AfterASymbolAmount_OnlyAMinorUnitJoinsIt()
    {
        SingleReads("It cost £4 and 50 more buyers came.", "money", "£4", 4);
        SingleReads("It cost $4 and 5 shares.", "count", "5", 5);
    }

    [Theory]
    [InlineData("a thousand second-hand cars were sold", "a thousand", 1000)]
    [InlineData("two million first editions were printed", "two million", 2e6)]
    [InlineData("the one million customers it gained", "one million", 1e6)]
    public void AnOrdinalThatOpensAModifier_DoesNotJoinTheNumberBeforeIt(string text, string mention, double value)
    {
        SingleReads(text, "count", mention, value);
        Assert.DoesNotContain(Find(text), m => m.Kind == "ordinal");
    }

    [Fact]
    public void ADotBeforeThreeDigits_GroupsThousands_OnlyInALanguageThatWritesThemSo()
    {
        var german = ShippedPipeline.RunPage("<html lang=\"de\"><body><article><h1>Bericht</h1>"
            + "<p>Der Hersteller beschäftigt inzwischen 2.300 Mitarbeiter in seinen Werken und verkauft jedes Jahr "
            + "Maschinen im Wert von 1,5 Milliarden Euro, wie das Unternehmen am Donnerstag in seinem Bericht mitteilte.</p></article></body></html>");
        Assert.Equal("de", german.Metadata.Language.Value);
        Assert.Contains(german.Numbers, n => n.Kind == "count" && n.Value == 2300);
        Assert.Contains(german.Numbers, n => n.Kind == "money" && n.Value == 1.5e9);
        var english = ShippedPipeline.RunPage("<html lang=\"en\"><body><article><h1>Payout</h1>"
            + "<p>The board approved a payout of 2.300 per share on Thursday, the company said in a statement, "
            + "and the shares closed higher after the announcement in New York trading.</p></article></body></html>");
        Assert.Equal("en", english.Metadata.Language.Value);
        Assert.Contains(english.Numbers, n => n.Kind == "count" && n.Value == 2.3);
    }

    [Theory]
    [InlineData("would exceed it by about eight times", 8)]
    [InlineData("trades at 8x earnings", 8)]
    [InlineData("profit doubled", 2)]
    [InlineData("sales tripled", 3)]
    [InlineData("profits rose tenfold in a decade", 10)]
    [InlineData("a twofold rise in claims", 2)]
    [InlineData("costs grew by a factor of three", 3)]
    [InlineData("output grew by a factor of 2.5 since then", 2.5)]
    public void Multiples_AreRead(string text, double value) => Assert.Equal(value, Single(text, "multiple").Value);

    [Theory]
    [InlineData("The board approved a 3-for-2 stock split.", "3-for-2", 1.5)]
    [InlineData("a one-for-twenty reverse split takes effect", "one-for-twenty", 0.05)]
    [InlineData("Shares will be merged on a 1 for 5 basis.", "1 for 5", 0.2)]
    [InlineData("after a 1:10 reverse split of its shares", "1:10", 0.1)]
    [InlineData("a ratio of 4:1 between them", "4:1", 4)]
    [InlineData("the motion carried by a 7-to-2 margin", "7-to-2", 3.5)]
    [InlineData("The visitors went 0-for-8 from the line.", "0-for-8", 0)]
    public void Ratios_AreOneMention_TheFirstNumberOverTheSecond(string text, string mention, double value)
    {
        SingleReads(text, "ratio", mention, value);
        Assert.DoesNotContain(Find(text), n => n.Kind == "count");
    }

    [Theory]
    [InlineData("The repairs cost a few hundred thousand pounds.")]
    [InlineData("Several thousand dollars went missing.")]
    [InlineData("It drew many million viewers.")]
    public void AVagueQuantityBeforeAScale_IsNoNumber(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("He paid 5 for 2 tickets.")] // "for" between numbers, no word of ratios
    [InlineData("It costs 3 for 10 people.")]
    public void NumbersAroundFor_WithoutAWordOfRatios_StayCounts(string text)
    {
        Assert.DoesNotContain(Find(text), n => n.Kind == "ratio");
        Assert.Equal(2, Find(text).Count(n => n.Kind == "count"));
    }

    [Theory]
    [InlineData("a 10-to-15 percent rise", 10, 15)]
    [InlineData("a 2-to-3 percent fall", 2, 3)]
    public void HyphenatedToRanges_KeepBothEnds(string text, double first, double second)
    {
        var percents = Find(text).Where(n => n.Kind == "percent").Select(n => n.Value).ToList();
        Assert.Equal(new double?[] { first, second }, percents);
    }

    [Theory]
    [InlineData("the 180.25ml liquid")]
    [InlineData("a 29km road")]
    [InlineData("1m isn't a number")]
    [InlineData("COVID-19 cases")]
    [InlineData("see https://example.com/q=30%25%2020%")]
    public void UnitsAndNames_AreNotBareNumbers(string text)
    {
        var found = text.StartsWith("see", StringComparison.Ordinal)
            ? new List<NumberMention>() // URLs are blocked by the stage; see NumberStageTests
            : Find(text);
        Assert.DoesNotContain(found, n => n.Kind is "count" or "money" or "percent");
    }

    [Fact]
    public void Lists_AndDecimalCommas_AreTold()
    {
        Assert.Equal(new[] { 22.0, 24, 26, 31 }, Find("Exercises nrs. 22,24,26,31.").Select(n => n.Value!.Value));
        Assert.Equal(1.3, Single("The number is 1,3.", "count").Value!.Value, 9);
    }

    // ------------------------------------------------------------------ properties

    private static readonly (string Word, double Scale)[] ScaleStyles =
    {
        ("", 1), (" thousand", 1e3), (" million", 1e6), (" billion", 1e9), (" trillion", 1e12), ("m", 1e6), ("bn", 1e9), (" mln", 1e6), (" bln", 1e9), ("k", 1e3),
        (" mil", 1e6), (" bil", 1e9),
    };

    private static readonly (string Prefix, string Suffix, string Code)[] CurrencyStyles =
    {
        ("$", "", "USD"), ("$ ", "", "USD"), ("US$", "", "USD"), ("€", "", "EUR"), ("£", "", "GBP"), ("HK$", "", "HKD"), ("C$", "", "CAD"),
        ("USD ", "", "USD"), ("EUR ", "", "EUR"), ("", " euros", "EUR"), ("", " dollars", "USD"), ("", " yen", "JPY"), ("", " USD", "USD"), ("₹", "", "INR"), ("$US", "", "USD"),
    };

    private static string Grouped(long whole) => whole.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Any amount printed in any supported style (grouping, decimals, scale word or letter, currency before or after) parses back to its value.</summary>
    [Property(MaxTest = 500)]
    public Property AnyPrintedAmount_ParsesBackToItsValue() =>
        Prop.ForAll(
            Gen.Choose(0, 999999).Select(x => (long)x).Zip(Gen.Choose(0, 99)).ToArbitrary(),
            Gen.Elements(ScaleStyles).Zip(Gen.Elements(CurrencyStyles)).ToArbitrary(),
            (amount, style) =>
            {
                var (whole, cents) = amount;
                var (scale, cur) = style;
                bool withDecimals = cents % 3 != 0;
                string num = Grouped(whole) + (withDecimals ? "." + cents.ToString("00", CultureInfo.InvariantCulture) : "");
                if (scale.Word == "m" && cur.Suffix.Length > 0) scale = ("", 1); // "5m euros" is read, but "5m" alone is metres
                string text = $"The company said it paid {cur.Prefix}{num}{scale.Word}{cur.Suffix} for the unit.";
                double expected = (whole + (withDecimals ? cents / 100.0 : 0)) * scale.Scale;
                var money = Find(text).Where(n => n.Kind == "money").ToList();
                return (money.Count == 1 && Math.Abs(money[0].Value!.Value - expected) <= 1e-9 * Math.Max(1, expected) && money[0].Unit == cur.Code)
                    .Label($"{text} -> {string.Join(" | ", Find(text).Select(n => $"{n.Kind} {n.Value} {n.Unit}"))}");
            });

    private static readonly string[] Units = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    private static readonly string[] TensWords = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static string Below1000(int n)
    {
        var parts = new List<string>();
        if (n >= 100) { parts.Add(Units[n / 100] + " hundred"); n %= 100; if (n > 0) parts.Add("and"); }
        if (n >= 20) parts.Add(TensWords[n / 10] + (n % 10 > 0 ? "-" + Units[n % 10] : ""));
        else if (n > 0) parts.Add(Units[n]);
        return string.Join(" ", parts);
    }

    private static string Spelled(long n)
    {
        if (n == 0) return "zero";
        var parts = new List<string>();
        foreach (var (scale, word) in new[] { (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
            if (n >= scale) { parts.Add(Below1000((int)(n / scale)) + " " + word); n %= scale; }
        if (n > 0) parts.Add(Below1000((int)n));
        return string.Join(" ", parts);
    }

    /// <summary>Any whole number spelled out in English words parses back to its value.</summary>
    [Property(MaxTest = 500)]
    public Property AnySpelledNumber_ParsesBackToItsValue() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).Select(x => (long)x % 999_999_999_999L).ToArbitrary(), n =>
        {
            string text = $"They counted {Spelled(n)} items.";
            var found = Find(text);
            return (found.Count == 1 && found[0].Value == n).Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    /// <summary>Any percentage written with a sign, a word or as points parses back.</summary>
    [Property(MaxTest = 300)]
    public Property AnyPercentage_ParsesBackToItsValue() =>
        Prop.ForAll(Gen.Choose(0, 100000).ToArbitrary(), Gen.Elements("%", " %", " percent", " per cent", "-percent", " per-cent", " pct").ToArbitrary(), (x, style) =>
        {
            double v = x / 100.0;
            string text = $"Shares rose {v.ToString(CultureInfo.InvariantCulture)}{style} on Monday.";
            var p = Find(text).Where(n => n.Kind == "percent").ToList();
            return (p.Count == 1 && Math.Abs(p[0].Value!.Value - v) < 1e-9).Label(text);
        });

    private static string IndianGrouped(long n)
    {
        string d = n.ToString(CultureInfo.InvariantCulture);
        if (d.Length <= 3) return d;
        string head = d[..^3], tail = d[^3..];
        var groups = new List<string>();
        while (head.Length > 2) { groups.Insert(0, head[^2..]); head = head[..^2]; }
        groups.Insert(0, head);
        return string.Join(",", groups) + "," + tail;
    }

    /// <summary>Any amount in the world's other digit groupings (Indian lakh and crore, dots with a decimal comma, thin spaces) parses back.</summary>
    [Property(MaxTest = 400)]
    public Property AnyGrouping_ParsesBackToItsValue() =>
        Prop.ForAll(Gen.Choose(100_000, int.MaxValue).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), Gen.Elements("indian", "euro", "dots", "thin").ToArbitrary(), (whole, cents, style) =>
        {
            string c2 = cents.ToString("00", CultureInfo.InvariantCulture);
            string grouped = whole.ToString("#,0", CultureInfo.InvariantCulture);
            (string text, double expected, string code) = style switch
            {
                "indian" => ($"The loan was ₹{IndianGrouped(whole)} in all.", whole, "INR"),
                "euro" => ($"Der Umsatz lag bei {grouped.Replace(',', '.')},{c2} euros im Jahr.", whole + cents / 100.0, "EUR"),
                // the sentence's stop is not another group; under a billion, as four groups of up to 255 read as an address
                "dots" => ($"The loan came to IDR {(whole % 1_000_000_000).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')}.",
                    whole % 1_000_000_000, "IDR"),
                _ => ($"The fund holds {grouped.Replace(',', '\u2009')} euros now.", whole, "EUR"),
            };
            var money = Find(text).Where(n => n.Kind == "money").ToList();
            return (money.Count == 1 && Math.Abs(money[0].Value!.Value - expected) <= 1e-6 && money[0].Unit == code)
                .Label($"{text} -> {string.Join(" | ", Find(text).Select(n => $"{n.Kind} {n.Value} {n.Unit}"))}");
        });

    /// <summary>Versions, section numbers and addresses are identifiers: none of their parts is a number.</summary>
    [Theory]
    [InlineData("The phone runs version 17.2.1 of the system.")]
    [InlineData("Clause 4.2.3 of the contract applies.")]
    [InlineData("Traffic from 10.0.0.1 was blocked.")]
    [InlineData("The host at 192.168.100.200 went down.")]
    public void DottedIdentifiers_AreNotNumbers(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind is "count" or "money" or "percent");

    /// <summary>A currency whose amounts are written without a minor unit reads a lone dot with three digits as a thousands group.</summary>
    [Theory]
    [InlineData("The fee is Rp 5.000 per visit.", 5000, "Rp 5.000")]
    [InlineData("Tickets cost KRW 2.500 each.", 2500, "KRW 2.500")]
    [InlineData("A bowl costs VND 45.000 there.", 45000, "VND 45.000")]
    [InlineData("Petrol reached $3.599 a gallon.", 3.599, "$3.599")]
    [InlineData("The bond paid EUR 1.125 per unit.", 1.125, "EUR 1.125")]
    public void LoneDotGroup_IsThousands_OnlyForCurrenciesWithoutMinorUnit(string text, double value, string mention) =>
        SingleReads(text, "money", mention, value);

    /// <summary>"two and a half million", "a half-dozen", "half a million", "a couple of": fractions and counts with a scale parse back.</summary>
    [Property(MaxTest = 200)]
    public Property AnyWholeAndAHalf_WithAScale_ParsesBack() =>
        Prop.ForAll(Gen.Choose(1, 19).ToArbitrary(), Gen.Elements(("thousand", 1e3), ("million", 1e6), ("billion", 1e9)).ToArbitrary(), (u, scale) =>
        {
            string text = $"The firm sold {Units[u]} and a half {scale.Item1} units.";
            var found = Find(text);
            return (found.Count == 1 && Math.Abs(found[0].Value!.Value - (u + 0.5) * scale.Item2) < 1e-6).Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    /// <summary>"two-and-a-half million", "three-and-a-quarter per cent": the same words joined by hyphens parse back the same.</summary>
    [Property(MaxTest = 200)]
    public Property AnyHyphenatedWholeAndAFraction_ParsesBack() =>
        Prop.ForAll(Gen.Choose(1, 19).ToArbitrary(), Gen.Elements(("half", 0.5), ("quarter", 0.25)).ToArbitrary(),
            Gen.Elements(("million shares", 1e6, "count"), ("per cent", 1, "percent"), ("percent", 1, "percent")).ToArbitrary(), (u, frac, tail) =>
        {
            string text = $"The firm said {Units[u]}-and-a-{frac.Item1} {tail.Item1} moved on Monday.";
            var found = Find(text).Where(f => f.Kind != "date").ToList();
            double want = (u + frac.Item2) * tail.Item2;
            return (found.Count == 1 && found[0].Kind == tail.Item3 && Math.Abs(found[0].Value!.Value - want) < 1e-6)
                .Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    /// <summary>"three and three-quarter billion euros", "four and one-half million": a fraction with its own numerator after "and".</summary>
    [Property(MaxTest = 200)]
    public Property AnyWholeAndANumberedFraction_WithAScale_ParsesBack() =>
        Prop.ForAll(Gen.Choose(1, 19).ToArbitrary(), Gen.Elements(("one-half", 0.5), ("three-quarter", 0.75), ("three-quarters", 0.75),
                ("two-thirds", 2.0 / 3), ("one-quarter", 0.25), ("two-fifths", 0.4)).ToArbitrary(),
            Gen.Elements(("million euros", 1e6, "money"), ("billion dollars", 1e9, "money"), ("thousand tonnes", 1e3, "count")).ToArbitrary(),
            (u, frac, tail) =>
        {
            string text = $"The company booked {Units[u]} and {frac.Item1} {tail.Item1} in the period.";
            var found = Find(text).Where(f => f.Kind != "date").ToList();
            double want = (u + frac.Item2) * tail.Item2;
            return (found.Count == 1 && found[0].Kind == tail.Item3 && Math.Abs(found[0].Value!.Value - want) < 1e-3 * tail.Item2)
                .Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    /// <summary>"2 1/2 billion dollars", "7½ million": a mixed number in digits takes the scale word after it.</summary>
    [Property(MaxTest = 200)]
    public Property AnyMixedNumberInDigits_WithAScale_ParsesBack() =>
        Prop.ForAll(Gen.Choose(1, 99).ToArbitrary(), Gen.Elements(("1/2", 0.5), ("3/4", 0.75), ("1/4", 0.25), ("½", 0.5), ("¾", 0.75)).ToArbitrary(),
            Gen.Elements(("million", 1e6), ("billion", 1e9)).ToArbitrary(), (whole, frac, scale) =>
        {
            string sep = frac.Item1.Contains('/') ? " " : "";
            string text = $"The group paid {whole}{sep}{frac.Item1} {scale.Item1} dollars for the plant.";
            var found = Find(text).Where(f => f.Kind != "date").ToList();
            double want = (whole + frac.Item2) * scale.Item2;
            return (found.Count == 1 && found[0].Kind == "money" && Math.Abs(found[0].Value!.Value - want) < 1e-3 * scale.Item2)
                .Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    /// <summary>
    /// A bare count after an amount in words is its minor part only when it could be one ("two pounds fifty", "15 USD 50 more"):
    /// under ten, or counting a noun after it, it is a number of its own ("49 euros one way", "30 dollars 20 years ago").
    /// </summary>
    [Theory]
    [InlineData("A pint costs three pounds fifty.", "three pounds fifty", 3.5)]
    [InlineData("With just 15 USD 50 more, they would have paid.", "15 USD 50", 15.5)]
    [InlineData("Seats cost 15 dollars 50 for members.", "15 dollars 50", 15.5)]
    [InlineData("Fares start from 49 euros one way.", "49 euros", 49)]
    [InlineData("They paid 30 dollars 20 years ago.", "30 dollars", 30)]
    public void ABareMinorPart_OnlyWhereItCouldBeOne(string text, string mention, double value) => SingleReads(text, "money", mention, value);

    /// <summary>"four point two billion dollars": a spelled decimal with a scale is money of that size.</summary>
    [Property(MaxTest = 200)]
    public Property AnySpelledDecimal_WithAScale_ParsesBack() =>
        Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(),
            Gen.Elements(("thousand", 1e3), ("million", 1e6), ("billion", 1e9)).ToArbitrary(), (u, d, scale) =>
        {
            string text = $"The group spent {Units[u]} point {Units[d]} {scale.Item1} dollars on plants.";
            var found = Find(text);
            double want = (u + d / 10.0) * scale.Item2;
            return (found.Count == 1 && found[0].Kind == "money" && Math.Abs(found[0].Value!.Value - want) < 1e-3)
                .Label($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Kind} {f.Value}"))}");
        });

    [Theory]
    [InlineData("The broker charges a cent a share.", "USD")]
    [InlineData("A penny more would hurt margins.", "GBP")]
    [InlineData("The rouble fell a kopek against the dollar.", "RUB")]
    public void AMinorUnitAfterA_IsOneOfIt(string text, string code)
    {
        var money = Find(text).Where(n => n.Kind == "money").ToList();
        Assert.Single(money);
        Assert.Equal(0.01, money[0].Value!.Value, 9);
        Assert.Equal(code, money[0].Unit);
        Assert.StartsWith("a ", text[money[0].Start..money[0].End], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("It is a central bank with a century of history and a centre in Paris.")]
    [InlineData("The index rose a per cent or so.")]
    [InlineData("He lost 3 pounds in a week and 20 pounds 5 ounces in a year.")]
    [InlineData("Man nehme 2 TL Zucker und 1 EL Öl.")]
    [InlineData("The ridge rises 500 ft above the valley.")]
    [InlineData("Sen. Roe said 5 senators agreed.")]
    [InlineData("It falls under Section 3c of the code.")]
    [InlineData("The board shows as ID 16c0:0478 on the bus.")]
    [InlineData("She bought a Pixel 6P last year.")]
    public void AWordThatOnlyStartsLikeAMinorUnit_OrAWeight_IsNoMoney(string text) => Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    [Theory]
    [InlineData("They hired a half-dozen engineers.", 6)]
    [InlineData("They hired half a dozen engineers.", 6)]
    [InlineData("Half a million people signed.", 500000)]
    [InlineData("There were a couple of delays.", 2)]
    [InlineData("It raised a couple of million dollars.", 2e6)]
    [InlineData("They hired a couple of hundred engineers.", 200)]
    [InlineData("A couple hundred people came.", 200)]
    [InlineData("It cost a couple million dollars.", 2e6)]
    [InlineData("They sold 4.5m units last year.", 4.5e6)]
    [InlineData("Some 120m shares changed hands.", 1.2e8)]
    [InlineData("Roughly 2.3m people live there.", 2.3e6)]
    [InlineData("The herd grew to 1.5m cattle.", 1.5e6)]
    [InlineData("Sales rose 12 pc in May.", 12)]
    [InlineData("The prize was worth one million, two hundred thousand pounds.", 1.2e6)]
    [InlineData("It cost four thousand, six hundred and ten dollars.", 4610)]
    public void CountsAndShares_InTheirGrammaticalShapes(string text, double expected) =>
        Assert.Contains(Find(text), n => Math.Abs(n.Value!.Value - expected) < 1e-9);

    /// <summary>Two whole numbers joined by a bare hyphen are a split when they are equal or a word of ratios stands beside them.</summary>
    [Theory]
    [InlineData("Tarvel and Quorvin formed a 50-50 venture.", "50-50", 1.0)]
    [InlineData("The board was tied 6-6 on the motion.", "6-6", 1.0)]
    [InlineData("Profits are shared on a 60-40 basis.", "60-40", 1.5)]
    public void EqualNumbersOrASplit_JoinedByAHyphen_AreARatio(string text, string mention, double value)
    {
        var n = Single(text, "ratio");
        Assert.Equal((mention, value), (text[n.Start..n.End], n.Value!.Value));
    }

    [Theory]
    [InlineData("Prices rose 10-15 percent in the spring.")]
    [InlineData("The deal closed on 2024-10-10 in Kessmoor.")]
    [InlineData("The panel code is 50-50-12 on the form.")]
    [InlineData("Harlow won the match 3-1 at home.")]
    public void ARangeADateOrAScore_IsNoDashedRatio(string text) => Assert.DoesNotContain(Find(text), n => n.Kind == "ratio");

    /// <summary>"by a third" measures a change when a word of time or level follows; "by a third party" is a place in a sequence.</summary>
    [Theory]
    [InlineData("Orders at Tarvel rose by a third in the spring.", 1.0 / 3)]
    [InlineData("Quorvin cut its staff by a quarter to 800.", 0.25)]
    [InlineData("Costs fell by a fifth since the merger.", 0.2)]
    public void AFractionAfterBy_BeforeAWordOfTimeOrLevel_IsAChangesSize(string text, double expected) =>
        Assert.Contains(Find(text), n => Math.Abs(n.Value!.Value - expected) < 1e-9);

    [Theory]
    [InlineData("The dispute was settled by a third party in May.")]
    [InlineData("The lesson was taught by a third year student.")]
    public void ByAThird_BeforeANoun_IsNoFraction(string text) => Assert.DoesNotContain(Find(text), n => n.Value is > 0 and < 1);

    [Theory]
    [InlineData("Sales went from one million, two million to five million.", 1e6)]
    [InlineData("Of the nine million, four were sold abroad.", 9e6)]
    public void AfterACommaAGroupThatIsNotSmaller_StartsANewNumber(string text, double first) =>
        Assert.Equal(first, Find(text)[0].Value);

    /// <summary>An amount written in digits and a scale ends there: a spelled number after it is a number of its own.</summary>
    [Theory]
    [InlineData("The stake cost $120 million three years earlier.", "$120 million", 1.2e8)]
    [InlineData("They shipped 12 billion twenty days later.", "12 billion", 1.2e10)]
    public void ADigitAmountWithAScale_TakesNoSpelledWordsAfterIt(string text, string mention, double value)
    {
        var first = Find(text)[0];
        Assert.Equal((mention, value), (text[first.Start..first.End], first.Value!.Value));
    }

    [Theory]
    [InlineData("Le vote aura lieu le 5 mars à Paris.")]
    [InlineData("Il est né le 12 mai 1990.")]
    public void ADayAndAMonthName_IsNoScaledCurrencyCode(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Kind == "money");

    [Theory]
    [InlineData("A 4.5m wall surrounds the site.")]
    [InlineData("The drive took 45m in traffic.")]
    public void AnAttachedM_BeforeNoCountedNoun_IsNotAMillion(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Value >= 1e6);

    [Fact]
    public void AnIpAddress_IsNotOneBigNumber() =>
        Assert.DoesNotContain(Find("The server at 192.168.100.200 was down."), n => n.Value > 1e6);

    /// <summary>Every currency form in the shipped table is recognised where the table says it stands, with its code and factor.</summary>
    [Fact]
    public void EveryCurrencyFormInTheTable_IsRecognisedWithItsCodeAndFactor()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.RepoRoot, "src/FinExtract/Resources/gazetteers/currencies.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            string form = c[0], code = c[1], where = c[2];
            var flags = (c.Length > 4 ? c[4] : "").Split(',');
            double factor = double.Parse(c[3], CultureInfo.InvariantCulture);
            bool symbolic = !form.Any(char.IsLetter);
            // a "scaled-before" form is read here before its amount, which then needs a scale
            bool scaled = flags.Contains("scaled") || flags.Contains("scaled-before") && where != "suffix";
            // a "grouped" form is read after digits with thousands separators
            bool grouped = flags.Contains("grouped");
            string amount = scaled ? "5 billion" : grouped ? "5,000" : "5";
            double value = (scaled ? 5e9 : grouped ? 5000 : 5) * factor;
            string text = flags.Contains("attached") ? $"The shares cost 5{form} yesterday."
                : where == "suffix" ? $"The bill came to {amount} {form} yesterday."
                : $"The bill came to {form}{(symbolic ? "" : " ")}{amount} yesterday.";
            var money = Find(text).Where(n => n.Kind == "money").ToList();
            if (!(money.Count == 1 && money[0].Unit == code && Math.Abs(money[0].Value!.Value - value) <= 1e-9 * Math.Max(1, value)))
                failures.Add($"{form} ({code}): {text} -> {string.Join(" | ", Find(text).Select(n => $"{n.Kind} {n.Value} {n.Unit}"))}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
