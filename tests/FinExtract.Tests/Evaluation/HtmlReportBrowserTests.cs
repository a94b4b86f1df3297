using System.Diagnostics;
using FinExtract.Cli;

namespace FinExtract.Tests.Evaluation;

/// <summary>
/// Headless Chromium (Debian's chromium package) for the report tests. When it is not on the machine the fixture
/// installs it with apt-get, as .ci/run does; when that is impossible the tests fail and say so: they never skip.
/// </summary>
public sealed class Chromium
{
    public string? Path { get; }
    public string Problem { get; } = "";

    public Chromium()
    {
        Path = Find();
        if (Path != null) return;
        try
        {
            var p = Process.Start(new ProcessStartInfo("bash", "-c \"(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) 2>&1 | tail -3\"") { RedirectStandardOutput = true, UseShellExecute = false })!;
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit(600_000);
            Path = Find();
            if (Path == null) Problem = "chromium is not installed and 'apt-get install chromium' failed: " + output;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Problem = "chromium is not installed and apt-get could not be run: " + e.Message;
        }
    }

    private static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM") ?? "", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>The DOM after the page's scripts ran.</summary>
    public string DumpDom(string url)
    {
        Assert.True(Path != null, Problem);
        var psi = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=5000", "--dump-dom", url }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string dom = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "chromium did not finish in 60 s");
        Assert.True(dom.Length > 0, "chromium printed no DOM: " + err.Result);
        return dom;
    }
}

public class HtmlReportBrowserTests : IClassFixture<Chromium>
{
    private readonly Chromium _chromium;

    public HtmlReportBrowserTests(Chromium chromium) => _chromium = chromium;

    private static string ReportOfSample()
    {
        string input = TestPaths.NewTempDir();
        File.Copy(System.IO.Path.Combine(TestPaths.Samples, "pages", "jsonld-earnings.html"), System.IO.Path.Combine(input, "jsonld-earnings.html"));
        string run = TestPaths.NewTempDir();
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.BuildCommand(o, e).Parse(new[] { "run", input, "--out", run, "--config", TestPaths.PipelineWithoutTimeouts, "--quiet" })
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = e });
        Assert.Equal(0, code);
        code = Program.BuildCommand(o, e).Parse(new[] { "report", run }).Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = e });
        Assert.Equal(0, code);
        return System.IO.Path.Combine(run, "report.html");
    }

    [Fact]
    public void Report_RendersInChromium_WithThePersonHighlighted_AndItsProvenance()
    {
        string page = ReportOfSample();
        string html = File.ReadAllText(page);
        // self-contained: no script, style or image is fetched from anywhere
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=", html);
        string dom = _chromium.DumpDom(new Uri(page).AbsoluteUri);
        Assert.Contains("data-ready=\"1\"", dom); // the script ran
        Assert.Matches("<mark class=\"x ent t-person\" data-type=\"PERSON\" data-rule=\"heuristic\\.given-name\" data-conf=\"0\\.8\" title=\"PERSON e3: Maria Okafor[^\"]*rule heuristic\\.given-name · confidence 0\\.8\">Maria Okafor</mark>", dom);
        Assert.Contains("t-quote", dom);
        Assert.Contains("data-chart=\"type\"", dom);
        int total = System.Text.RegularExpressions.Regex.Count(dom, "<mark class=\"x ");
        Assert.Contains($"{total} of {total} highlights shown", dom);
    }

    [Fact]
    public void Report_FiltersByType_InTheBrowser()
    {
        string page = ReportOfSample();
        string dom = _chromium.DumpDom(new Uri(page).AbsoluteUri + "#type=PERSON");
        int persons = System.Text.RegularExpressions.Regex.Count(dom, "<mark class=\"x ent t-person\"");
        Assert.True(persons >= 2);
        Assert.Contains($"data-shown=\"{persons}\"", dom);
        Assert.DoesNotMatch("<mark class=\"x ent t-person off\"", dom);
        Assert.Matches("<mark class=\"x ent t-org off\"", dom);
        Assert.Matches("<mark class=\"x num t-number off\"", dom);
    }
}
