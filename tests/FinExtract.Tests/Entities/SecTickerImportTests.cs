using FinExtract.Entities;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Entities;

/// <summary>The reference-data import: SEC's ticker list (its layout, with names written for this test) as a gazetteer.</summary>
public class SecTickerImportTests
{
    [Theory]
    [InlineData("NORTHWIND TRADERS CORP /DE/", "Northwind Traders", "Northwind Traders Corp.;NORTHWIND TRADERS;NORTHWIND TRADERS Corp.")]
    [InlineData("Fabrikam, Inc.", "Fabrikam", "Fabrikam Inc.")]
    [InlineData("CONTOSO COM INC", "Contoso.com", "Contoso.com Inc.;CONTOSO.COM;CONTOSO.COM Inc.")]
    [InlineData("NEW HARBOUR OIL & CO", "New Harbour Oil", "New Harbour Oil & Co.;NEW HARBOUR OIL;NEW HARBOUR OIL & Co.")]
    [InlineData("BANK OF LISBURN PLC/NEW", "Bank of Lisburn", "Bank of Lisburn Plc;BANK OF LISBURN;BANK OF LISBURN Plc")]
    [InlineData("XKR MINING LTD", "XKR Mining", "XKR Mining Ltd.;XKR MINING;XKR MINING Ltd.")]
    [InlineData("Tailspin Holdings SA/NV", "Tailspin Holdings", "Tailspin Holdings SA")]
    public void ARegistryName_BecomesTheNameNewsWrites_WithItsLegalFormAndFilingAsAliases(string conformed, string name, string aliases)
    {
        var c = SecTickerImport.Company(conformed, "abc", "Nasdaq")!;
        Assert.Equal(name, c.Name);
        Assert.Equal(aliases, string.Join(';', c.Aliases));
        Assert.Equal(("ABC", "NASDAQ"), (c.Ticker, c.Exchange));
    }

    [Fact]
    public void TheImportedFile_LoadsAsAGazetteer_WithOneLinePerCompany_AndItsTickers()
    {
        string dir = TestPaths.NewTempDir();
        string json = Path.Combine(dir, "company_tickers_exchange.json");
        File.WriteAllText(json, """
            {"fields":["cik","name","ticker","exchange"],"data":[[1,"NORTHWIND TRADERS CORP","NWT","NYSE"],
             [1,"NORTHWIND TRADERS CORP","NWT-B","NYSE"],[2,"Fabrikam, Inc.","FBK","Nasdaq"],[3,"FABRIKAM INC","FBKX","OTC"],[4,"","X","OTC"]]}
            """);
        var companies = SecTickerImport.Read(json);
        Assert.Equal(new[] { "Northwind Traders", "Fabrikam" }, companies.Select(c => c.Name));
        string tsv = Path.Combine(dir, "sec.tsv");
        SecTickerImport.Write(companies, tsv, "company_tickers_exchange.json");
        var errors = new List<ConfigError>();
        var g = Gazetteer.Load(new[] { tsv }, errors);
        Assert.Empty(errors);
        Assert.True(g.TryGet("Northwind Traders Corp.", out var nw));
        Assert.Equal(("Northwind Traders", "NWT", "NYSE"), (nw.Name, nw.Ticker, nw.Exchange));
        Assert.True(g.TryGetByTicker("FBK", out var fb));
        Assert.Equal("Fabrikam", fb.Name);
    }

    [Fact]
    public void AFileThatIsNotTheTickerList_IsRefusedWithTheReason()
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "other.json");
        File.WriteAllText(path, """{"0": {"cik_str": 1, "ticker": "X", "title": "X CORP"}}""");
        Assert.Contains("not SEC's company_tickers_exchange.json", Assert.Throws<InvalidDataException>(() => SecTickerImport.Read(path)).Message);
    }
}
