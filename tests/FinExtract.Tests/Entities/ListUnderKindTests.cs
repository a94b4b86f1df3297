using FinExtract.Documents;
using FinExtract.Entities;

namespace FinExtract.Tests.Entities;

/// <summary>Names listed after a plural for their kind ("carmakers such as X and Y") have the kind's type.</summary>
public class ListUnderKindTests
{
    private static List<(string Mention, EntityMention M)> Mentions(string text) => ShippedPipeline.Mentions(text);

    [Theory]
    [InlineData("He toured with bands like the Quorvins, Harlow Kings and the Tarnettes.", "ORG", "Quorvins", "Harlow Kings", "Tarnettes")]
    [InlineData("The DJ played at clubs such as Velmora, Quisto and Brandle Hall last year.", "ORG", "Velmora", "Quisto", "Brandle Hall")]
    [InlineData("Companies including Brontell, Vasquer and Ollimar signed the deal.", "ORG", "Brontell", "Vasquer", "Ollimar")]
    [InlineData("Prices rose in towns such as Tarnwick and Brelloway, the survey said.", "LOCATION", "Tarnwick", "Brelloway")]
    [InlineData("The mine signed deals with contractors including Quorvale, Brenmore and Tasko.", "ORG", "Quorvale", "Brenmore", "Tasko")]
    [InlineData("Margins fell at refiners like Oskell and Varnholm this quarter.", "ORG", "Oskell", "Varnholm")]
    [InlineData("Fares rose at the regional carriers Tarvair and Quellwings in May.", "ORG", "Tarvair", "Quellwings")]
    [InlineData("The market is split between three mobile networks (Tarvacell, Quellmobi and Harnet) and one fixed line firm.", "ORG", "Tarvacell",
        "Quellmobi", "Harnet")]
    [InlineData("The prize went to novelists like Ivo Marsh and Ana Roe.", "PERSON", "Ivo Marsh", "Ana Roe")]
    public void NamesListedUnderAKind_HaveItsType(string text, string type, params string[] names)
    {
        var found = Mentions(text);
        foreach (var name in names)
            Assert.Contains(found, x => x.Mention == name && x.M.Type == type);
    }

    [Fact]
    public void AKnownPlace_ListedAmongCompanies_IsACompany()
    {
        var found = Mentions("Buyers rely on many suppliers; companies like Nvidia, Oracle and Sheffield cut prices this year.");
        Assert.Contains(found, x => x.Mention == "Sheffield" && x.M.Type == "ORG");
    }

    [Fact]
    public void ACountry_ListedAsARival_StaysAPlace()
    {
        var found = Mentions("Tarvel Motors faces carmakers such as Quorvin and China in the small-car market.");
        Assert.Contains(found, x => x.Mention == "China" && x.M.Type == "LOCATION");
    }

    [Fact]
    public void ANameCutOffByAPossessive_IsNoItem()
    {
        var found = Mentions("Analysts such as Ivo Marsh praised the plan; firms like Brontell's chief executive disagreed.");
        Assert.DoesNotContain(found, x => x.M.Rule == "heuristic.list-under-kind" && x.Mention.StartsWith("Brontell"));
    }

    [Fact]
    public void AGivenName_ListedAmongCities_IsACity()
    {
        var found = Mentions("The chain opened stores in cities such as Tarnwick, Charlotte and Brelloway.");
        Assert.Contains(found, x => x.Mention == "Charlotte" && x.M.Type == "LOCATION");
    }

    [Fact]
    public void ALoneNameRightAfterAPlural_IsNotTypedByIt() =>
        Assert.DoesNotContain(ShippedPipeline.Mentions("Fares at both airlines Quellwings said would rise were cut."),
            x => x.M.Rule == "heuristic.list-under-kind");
}
