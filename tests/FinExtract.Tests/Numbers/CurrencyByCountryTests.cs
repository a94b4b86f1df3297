namespace FinExtract.Tests.Numbers;

/// <summary>A currency name several countries use takes the code of the country the text names.</summary>
public class CurrencyByCountryTests
{
    private static string CodeOf(string text, string money)
    {
        var a = ShippedPipeline.Run(text);
        var n = Assert.Single(a.Numbers, x => x.Kind == "money" && a.Body[x.Start..x.End] == money);
        return n.Unit;
    }

    [Theory]
    [InlineData("The Jordanian utility borrowed 40 million dinars last year.", "40 million dinars", "JOD")]
    [InlineData("In Tanzania a sack of maize sells for 90,000 shillings.", "90,000 shillings", "TZS")]
    [InlineData("A ferry ticket in Norway costs 450 kr for adults.", "450 kr", "NOK")]
    [InlineData("The Colombian airline lost 2 billion pesos.", "2 billion pesos", "COP")]
    [InlineData("Prices in Gabon rose to 900 billion CFA francs.", "900 billion CFA francs", "XAF")]
    [InlineData("Cairo's bourse fell as Egypt sold 8 billion pounds of bills.", "8 billion pounds", "EGP")]
    public void ACountryNamedInTheSentence_DecidesTheCurrency(string text, string money, string code) =>
        Assert.Equal(code, CodeOf(text, money));

    [Fact]
    public void WithNoCountryNamed_TheFormsOwnCodeStands() =>
        Assert.Equal("KES", CodeOf("The vendor charged 300 shillings for a basket of mangoes.", "300 shillings"));

    [Fact]
    public void ACountryTheArticleNamesMoreOftenThanTheDefaults_Decides()
    {
        const string text = "Oman's budget gap widened this year. Omani officials blamed oil prices. The deficit reached 1.2 billion rials, "
            + "the ministry said.";
        Assert.Equal("OMR", CodeOf(text, "1.2 billion rials"));
    }

    [Fact]
    public void ACountryNamedNoMoreOftenThanTheDefaults_DoesNotOverrideIt()
    {
        const string text = "Swiss exporters met French buyers. The order was worth 5 million francs, the Swiss firm said later.";
        Assert.Equal("CHF", CodeOf(text, "5 million francs"));
    }

    /// <summary>With no country of the family named, the page's language (and region) decides: a Danish page's "kr." is kroner.</summary>
    [Theory]
    [InlineData("da", "DKK")]
    [InlineData("nb", "NOK")]
    [InlineData("sv-SE", "SEK")]
    [InlineData("en", "SEK")] // no language of the family: the form's own code
    public void WithNoCountryNamed_ThePagesLanguageDecides(string lang, string code)
    {
        string html = $"<html lang=\"{lang}\"><head><title>Kaffe</title></head><body><article><h1>Kaffe</h1><p>"
            + "En kop kaffe koster nu 45 kr. i mange caféer i byen, og prisen kan stige yderligere i løbet af året, siger forhandlerne.</p>"
            + "<p>Sidste år kostede den samme kop kun 35 kr., og mange kunder brygger derfor kaffen derhjemme i stedet for at købe den.</p>"
            + "</article></body></html>";
        var a = ShippedPipeline.RunPage(html);
        Assert.All(a.Numbers.Where(n => n.Kind == "money"), n => Assert.Equal(code, n.Unit));
        Assert.Equal(2, a.Numbers.Count(n => n.Kind == "money"));
    }

    [Fact]
    public void ACountryNamedInTheArticle_StillDecidesOverThePagesLanguage()
    {
        string html = "<html lang=\"da\"><head><title>Færge</title></head><body><article><h1>Færge</h1><p>"
            + "En billet til færgen i Norway koster nu 450 kr. for voksne, og prisen kan stige yderligere i løbet af året, siger rederiet.</p>"
            + "<p>Sidste år kostede den samme billet kun 400 kr., og mange rejsende har derfor valgt at tage flyet i stedet for færgen.</p>"
            + "</article></body></html>";
        Assert.Equal("NOK", ShippedPipeline.RunPage(html).Numbers.First(n => n.Kind == "money").Unit);
    }

    [Fact]
    public void ACountryThatChangedCurrency_CountsForTheOneTheFamilyHas() =>
        Assert.Equal("SDD", CodeOf("The Sudanese central bank printed 900 million dinars in 2005.", "900 million dinars"));
}
