using System.Globalization;

namespace FinExtract.Tests.Numbers;

/// <summary>Numbers as they are spoken ("point five") and currency prefixes as tokenised text splits them ("NZ $ 12").</summary>
public class SpokenAndSplitFormsTests
{
    private static List<FinExtract.Numbers.NumberMention> Find(string text) => NumberRecognizerTests.Find(text);

    [Theory]
    [InlineData("the needle stopped at point five", "point five", 0.5)]
    [InlineData("the needle stopped at point two five", "point two five", 0.25)]
    [InlineData("the needle stopped at six point oh two", "six point oh two", 6.02)]
    [InlineData("the needle stopped at point oh eight", "point oh eight", 0.08)]
    public void ASpokenDecimal_IsRead(string text, string mention, double value)
    {
        var n = Assert.Single(Find(text));
        Assert.Equal(mention, text[n.Start..n.End]);
        Assert.Equal(value, n.Value!.Value, 9);
    }

    [Fact]
    public void ASpokenDecimal_TakesAPercentAfterIt() =>
        Assert.Contains(Find("yields rose point seven percent"), n => n.Kind == "percent" && Math.Abs(n.Value!.Value - 0.7) < 1e-9);

    /// <summary>"One-" before a word of manner is an adjective, not a count; before a unit it stays one.</summary>
    [Theory]
    [InlineData("the firm paid a one-off fee", false)]
    [InlineData("a one-time charge hit profit", false)]
    [InlineData("a one-way ticket to Leeds", false)]
    [InlineData("One-on-one talks began", false)]
    [InlineData("a one-year bond was sold", true)]
    public void OneBeforeAWordOfManner_IsNoCount(string text, bool counted) =>
        Assert.Equal(counted, Find(text).Any(n => n.Kind == "count" && n.Value == 1));

    /// <summary>The dollars of smaller economies by their lettered signs and their names.</summary>
    [Theory]
    [InlineData("the bank printed Z$100 trillion notes", "ZWL")]
    [InlineData("a fare of J$2,500 was set", "JMD")]
    [InlineData("aid of EC$12 million arrived", "XCD")]
    [InlineData("a grant of N$3.2 million was paid", "NAD")]
    [InlineData("the loan was 40 million Fijian dollars", "FJD")]
    [InlineData("rents of RD$25,000 a month", "DOP")]
    public void ASmallerEconomysDollar_HasItsCode(string text, string code) =>
        Assert.Contains(Find(text), n => n.Kind == "money" && n.Unit == code);

    /// <summary>The Nordic krona or krone written with a capital before the amount.</summary>
    [Fact]
    public void ACapitalisedKr_BeforeAnAmount_IsMoney() =>
        Assert.Contains(Find("sales of Kr 400 million"), n => n.Kind == "money" && n.Value == 400_000_000);

    [Theory]
    [InlineData("the point two critics raised was fair")]
    [InlineData("Point two of the plan was dropped")]
    [InlineData("her point three times over was the same")]
    public void PointAsANoun_OrANumberedItem_IsNoDecimal(string text) => Assert.DoesNotContain(Find(text), n => n.Value is < 1 and > 0);

    /// <summary>Every lettered dollar prefix of two letters or more in the shipped table is read with its "$" split off.</summary>
    [Fact]
    public void EveryLetteredDollarPrefix_IsReadWithItsDollarSplitOff()
    {
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.RepoRoot, "src/FinExtract/Resources/gazetteers/currencies.tsv")))
        {
            var c = line.Split('\t');
            if (line.StartsWith('#') || c.Length < 4 || c[0].Length < 3 || c[0][^1] != '$' || !c[0][..^1].All(char.IsAsciiLetter) || c[2] == "suffix")
                continue;
            string text = $"the ticket was {c[0][..^1].ToLowerInvariant()} $ 12.5 million";
            var money = Find(text).Where(n => n.Kind == "money").ToList();
            if (!(money.Count == 1 && money[0].Unit == c[1] && Math.Abs(money[0].Value!.Value - 12.5e6) < 1e-3))
                failures.Add($"{c[0]}: {string.Join(" | ", money.Select(n => $"{n.Value} {n.Unit}"))}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("she paid a $5 fee")]
    [InlineData("it's $5 at the door")]
    [InlineData("he owes Harlow Tarn's $ 5 back")]
    public void AOneLetterWordBeforeASplitDollar_IsNoCurrencyPrefix(string text)
    {
        var n = Assert.Single(Find(text), m => m.Kind == "money");
        Assert.Equal("USD", n.Unit);
        Assert.Equal(5.0, n.Value);
    }

    [Theory]
    [InlineData("costs of MSEK 120 in the year", 1.2e8, "SEK")]
    [InlineData("costs of 450 TEUR in the year", 4.5e5, "EUR")]
    [InlineData("costs of KUSD 75 in the year", 7.5e4, "USD")]
    public void AScaleLetterWrittenOntoACode_ScalesTheAmount(string text, double value, string code)
    {
        var n = Assert.Single(Find(text), m => m.Kind == "money");
        Assert.Equal(code, n.Unit);
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), n.Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("the shares closed at 35-3/8 on Friday", "35-3/8", 35.375)]
    [InlineData("the bonds rose 1-1/2 points", "1-1/2", 1.5)]
    [InlineData("the notes ended at 99-17/32", "99-17/32", 99 + 17 / 32.0)]
    public void AFractionHyphenedOntoAWholeNumber_InEighths_IsOneNumber(string text, string mention, double value)
    {
        var n = Assert.Single(Find(text), m => m.Kind == "count");
        Assert.Equal(mention, text[n.Start..n.End]);
        Assert.Equal(value, n.Value!.Value, 9);
    }

    [Theory]
    [InlineData("form 12-4/8 was filed")]
    [InlineData("the 7-3/10 rule applies")]
    public void AHyphenedFractionNotInLowestEighths_IsNoMixedNumber(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Value is > 7 and < 8 or > 12 and < 13);

    /// <summary>"half" before a possessive, "the" or "of" is a share; a part of a period or a place is not.</summary>
    [Theory]
    [InlineData("the shares lost nearly half their value", 0.5)]
    [InlineData("more than half of the staff work from home", 0.5)]
    [InlineData("the phone costs half the price of its rival", 0.5)]
    [InlineData("the first half of the year was weak", null)]
    [InlineData("the southern half of the island flooded", null)]
    public void HalfAsAShare(string text, double? value) =>
        Assert.Equal(value, Find(text).FirstOrDefault(n => text[n.Start..n.End] == "half" && n.Kind == "count")?.Value);

    /// <summary>Digits over a round share before a noun are a proportion ("3 in 10 adults"); before a span of time they are not.</summary>
    [Theory]
    [InlineData("nearly 3 in 10 adults have no savings", "3 in 10", 0.3)]
    [InlineData("about 1 in 5 firms plan to hire", "1 in 5", 0.2)]
    [InlineData("the team won 3 in 10 days", "3", 3.0)]
    public void DigitsOverARoundShare(string text, string mention, double value)
    {
        var n = Find(text)[0];
        Assert.Equal((mention, value), (text[n.Start..n.End], n.Value!.Value));
    }

    /// <summary>
    /// Tokenised wire text splits the decimal point off: " . " is a decimal point before a percent sign or a scale word, or after
    /// a lone zero; after any other number it is a full stop.
    /// </summary>
    [Theory]
    [InlineData("a deficit of 3 . 4 billion was forecast", "3 . 4 billion", 3.4e9)]
    [InlineData("sterling was at 1 . 25 , up 0 . 65 ;", "0 . 65", 0.65)]
    [InlineData("the tin price rose 2 . 5 % in the week", "2 . 5 %", 2.5)]
    [InlineData("it was founded in 1987 . 12 staff joined", "1987", 1987.0)]
    public void ATokenisedDecimalPoint(string text, string mention, double value) =>
        Assert.Contains(Find(text), n => text[n.Start..n.End] == mention && Math.Abs(n.Value!.Value - value) < 1e-6 * Math.Max(1, value));

    /// <summary>A zero before a scale word is nothing of it, not one: "a million" is a million, "0 billion" is none.</summary>
    [Theory]
    [InlineData("the fund lost 0 million in the year", "0 million", 0.0)]
    [InlineData("the fund lost a million in the year", "a million", 1e6)]
    public void AZeroBeforeAScale(string text, string mention, double value) =>
        Assert.Contains(Find(text), n => text[n.Start..n.End] == mention && n.Value == value);

    /// <summary>"hundred and twenty": "hundred" with no "a" or "one" before it is read on by the tens or units after it; alone it is no count.</summary>
    [Theory]
    [InlineData("the tally came to hundred and twenty", "hundred and twenty", 120.0)]
    [InlineData("the tally came to hundred fifty", "hundred fifty", 150.0)]
    public void ABareHundredBeforeTensOrUnits(string text, string mention, double value) =>
        Assert.Contains(Find(text), n => text[n.Start..n.End] == mention && n.Value == value);

    [Fact]
    public void ABareHundredAlone_IsNoCount() => Assert.Empty(Find("the hundred days of the plan"));
}
