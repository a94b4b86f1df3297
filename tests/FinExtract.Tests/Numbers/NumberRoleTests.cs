using FinExtract.Documents;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Numbers;

/// <summary>Number roles from the shipped role rules: given only where a rule states them, empty otherwise.</summary>
public class NumberRoleTests
{
    private static string RoleOf(Article a, string text)
    {
        var n = a.Numbers.Single(x => a.Body[x.Start..x.End] == text);
        return n.Role;
    }

    [Theory]
    [InlineData("The buyer agreed to pay US$3.3 billion for the port operator.", "US$3.3 billion", "USD")]
    [InlineData("Tickets cost HK$450 at the door.", "HK$450", "HKD")]
    public void ACurrencyThatOpensWithAPlaceName_IsMoney_AndNotAPlace(string text, string money, string code)
    {
        var a = ShippedPipeline.Run(text);
        var n = Assert.Single(a.Numbers, x => x.Kind == "money");
        Assert.Equal(money, a.Body[n.Start..n.End]);
        Assert.Equal(code, n.Unit);
        Assert.DoesNotContain(a.Entities, e => e.Type == "LOCATION");
    }

    [Theory]
    [InlineData("Der Versicherer meldete einen Gewinn von 2,4 Mrd. Euro.", "2,4 Mrd. Euro", 2.4e9)]
    [InlineData("Die Bank sammelte 750 Mio. € ein.", "750 Mio. €", 7.5e8)]
    [InlineData("The retailer booked 8,6 Milliarden Euro in sales.", "8,6 Milliarden Euro", 8.6e9)]
    [InlineData("Le fonds a levé 1,8 milliard d'euros.", "1,8 milliard d'euros", 1.8e9)]
    [InlineData("La aerolínea ganó 2.350 millones de euros.", "2.350 millones de euros", 2.35e9)]
    [InlineData("Il gruppo ha investito 3,2 miliardi di euro.", "3,2 miliardi di euro", 3.2e9)]
    public void ScalesOfDecimalCommaLanguages_GiveMoney_AndNoName(string text, string money, double value)
    {
        var a = ShippedPipeline.Run(text);
        var n = Assert.Single(a.Numbers, x => x.Kind == "money");
        Assert.Equal(money, a.Body[n.Start..n.End]);
        Assert.Equal("EUR", n.Unit);
        Assert.Equal(value, n.Value!.Value, 3);
        Assert.DoesNotContain(a.Entities, e => e.End > n.Start && e.Start < n.End);
    }

    [Fact]
    public void StatedRoles_AreGiven_WithTheRuleThatStatedThem()
    {
        var a = ShippedPipeline.Run("Harbour Mills said on Tuesday its quarterly revenue rose 6% to $2.4 billion, while net income fell to $310 million. " +
            "Its shares closed at $41.25 in New York, up 3.2% on the day. Brent crude traded at $82.10 a barrel and the ten-year yield rose to 4.2%.");
        Assert.Equal("revenue", RoleOf(a, "6%"));
        Assert.Equal("revenue", RoleOf(a, "$2.4 billion"));
        Assert.Equal("profit", RoleOf(a, "$310 million"));
        Assert.Equal("price", RoleOf(a, "$41.25"));
        Assert.Equal("price_change", RoleOf(a, "3.2%"));
        Assert.Equal("price", RoleOf(a, "$82.10"));
        Assert.Equal("rate", RoleOf(a, "4.2%"));
        Assert.All(a.Numbers.Where(n => n.Role.Length > 0), n => Assert.StartsWith("roles.", n.RoleSource));
    }

    [Fact]
    public void NumbersNoRuleExplains_HaveNoRole_RatherThanAGuess()
    {
        var a = ShippedPipeline.Run("About 42% of the residents polled said the new bridge, which will cost the county $18 million, was worth it. " +
            "Volunteers saved $3,000 on materials, and 15% of them were students.");
        var money = a.Numbers.Where(n => n.Kind is "money" or "percent").ToList();
        Assert.Equal(4, money.Count);
        Assert.All(money, n => Assert.Equal("", n.Role));
        Assert.All(money, n => Assert.Equal("", n.RoleSource));
    }

    [Fact]
    public void MarketMovesAndAggregates_AreToldApart()
    {
        var a = ShippedPipeline.Run("Exports of machinery dropped 12% to $1.3 billion in March, the statistics office said. " +
            "Existing home sales fell 4.5% last month. The share of online orders rose 3% over the year.");
        Assert.Equal("", RoleOf(a, "12%"));
        Assert.Equal("", RoleOf(a, "$1.3 billion"));
        Assert.Equal("", RoleOf(a, "4.5%"));
        Assert.Equal("", RoleOf(a, "3%"));
    }

    [Fact]
    public void ACompanyNamedAsTheSubjectOfAMove_MakesItAPriceChange_ButNotAsTheObjectOfAPreposition()
    {
        var a = ShippedPipeline.Run("Shares of Harbour Mills Inc. (NYSE: HBM) fell 4.1% on Tuesday after the results, while Ferncliff Holdings Corp. gained 2.5%. " +
            "Advertising spending on Ferncliff Holdings Corp. was up 12% in the quarter.");
        Assert.Equal("price_change", RoleOf(a, "4.1%"));
        Assert.Equal("roles.company-move", a.Numbers.Single(n => a.Body[n.Start..n.End] == "2.5%").RoleSource);
        Assert.Equal("", RoleOf(a, "12%"));
    }

    [Fact]
    public void RoleMinConfidence_DecidesWhetherTheWeakerRulesApply()
    {
        const string text = "The streaming service costs nothing for a week and then $8.99 a month, the company said in a statement.";
        Assert.Equal("", RoleOf(ShippedPipeline.Run(text), "$8.99"));

        var a = ShippedPipeline.RunWith(json => json.Replace("\"roleRules\":", "\"roleMinConfidence\": 0.6, \"roleRules\":", StringComparison.Ordinal), text);
        var n = a.Numbers.Single(x => a.Body[x.Start..x.End] == "$8.99");
        Assert.Equal("price", n.Role);
        Assert.Equal("roles.price-per-period", n.RoleSource);
    }
}
