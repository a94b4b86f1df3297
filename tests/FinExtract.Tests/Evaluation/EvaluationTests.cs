using FinExtract.Cli;
using FinExtract.Evaluation;

namespace FinExtract.Tests.Evaluation;

public class EvaluationTests
{
    private const string Gold = """
        {
          "id": "a1",
          "entities": [
            {"type": "ORG", "name": "Northwind Semiconductor Corp.", "aliases": ["Northwind"]},
            {"type": "PERSON", "name": "Maria Okafor", "aliases": ["Okafor"]},
            {"type": "PERSON", "name": "Ivan Petrov", "aliases": []}
          ],
          "numbers": [
            {"text": "$5bn", "kind": "money", "value": 5000000000, "unit": "USD"},
            {"text": "3.5%", "kind": "percent", "value": 3.5, "unit": "percent"}
          ],
          "quotes": [
            {"text": "We are pleased with the result", "speaker": "Maria Okafor", "cue": "said"},
            {"text": "maybe a quotation", "speaker": null, "cue": null, "note": "unsure"}
          ]
        }
        """;

    /// <summary>A run folder written by hand: one right and one wrong row of each kind.</summary>
    private static string Run()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "articles.csv"), "article_id,title,body\r\na1,T,\"Northwind Semiconductor Corp. said Okafor spoke. Northwind rose 3.5% on $5bn.\"\r\n");
        File.WriteAllText(Path.Combine(dir, "entities.csv"),
            "article_id,entity_id,type,name,mention,start,end,ticker,exchange,rule,confidence\r\n" +
            "a1,e1,ORG,Northwind Semiconductor Corp.,Northwind Semiconductor Corp.,0,29,,,entities.org.legal-form,0.9\r\n" +
            "a1,e1,ORG,Northwind Semiconductor Corp.,Northwind,49,58,,,heuristic.single+linked,0.6\r\n" +
            "a1,e2,PERSON,Maria Okafor,Okafor,35,41,,,heuristic.given-name,0.8\r\n" +
            "a1,e3,ORG,Bluefin,Bluefin,60,67,,,gazetteer.companies,0.95\r\n");
        File.WriteAllText(Path.Combine(dir, "numbers.csv"),
            "article_id,text,kind,value,unit,start,end,rule,confidence\r\n" +
            "a1,$5bn,money,5000000000,USD,72,76,money.prefix,0.97\r\n" +
            "a1,$10,money,10,USD,80,83,money.prefix,0.97\r\n" +
            "a1,3.5%,percent,3.5,percent,64,68,percent.symbol,0.98\r\n");
        File.WriteAllText(Path.Combine(dir, "quotes.csv"),
            "article_id,quote,speaker,speaker_entity_id,cue,start,end,rule,confidence\r\n" +
            "a1,We are pleased with the result,Okafor,e2,said,1,30,quotes.after.speaker-verb,0.9\r\n" +
            "a1,maybe a quotation,,,,40,57,quotes.unattributed,0.5\r\n" +
            "a1,something else entirely,,,,60,80,quotes.unattributed,0.5\r\n");
        return dir;
    }

    private static string GoldDir()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "a1.gold.json"), Gold);
        return dir;
    }

    [Fact]
    public void Evaluate_CountsAsTheReferenceScorerDoes()
    {
        var r = GoldEvaluator.Evaluate(Run(), GoldDir());
        Assert.Equal(1, r.Articles);
        Assert.Equal(new Prf(1, 2, 1), r.Types["ORG"]);      // Northwind right, Bluefin not in the gold
        Assert.Equal(new Prf(1, 1, 2), r.Types["PERSON"]);   // Okafor right, Ivan Petrov missed
        Assert.Equal(new Prf(1, 2, 1), r.Types["money"]);
        Assert.Equal(new Prf(1, 1, 1), r.Types["percent"]);
        Assert.Equal(new Prf(1, 2, 1), r.Types["quote"]);    // the optional gold quote neither helps nor hurts
        Assert.Equal(0.6667, r.Types["ORG"].F1);
        Assert.Equal(1.0, r.SpeakerAccuracy);                // "Okafor" shares the gold speaker's last name
        Assert.Contains(r.Misses, m => m.Layer == "PERSON" && m.Text == "Ivan Petrov");
        Assert.Contains(r.FalseHits, m => m.Layer == "ORG" && m.Text == "Bluefin" && m.Detail == "gazetteer.companies");
        Assert.Contains(r.Rules, x => x.Layer == "money" && x.Rule == "money.prefix" && x.Predicted == 2 && x.Correct == 1);
    }

    [Fact]
    public void HashedGold_ScoresTheSame()
    {
        string plain = GoldDir();
        string hashed = TestPaths.NewTempDir();
        // the hashed form as the reference scorer writes it with --hash
        var ents = new[] { ("ORG", new[] { "Northwind Semiconductor Corp.", "Northwind" }), ("PERSON", new[] { "Maria Okafor", "Okafor" }), ("PERSON", new[] { "Ivan Petrov" }) };
        string Forms(string[] f) => string.Join(",", f.Select(GoldEvaluator.Norm).Distinct().Select(x => $"\"{GoldEvaluator.Hash(x)}\""));
        string Toks(string t) => string.Join(",", t.ToLowerInvariant().Split(' ').Select(x => $"\"{GoldEvaluator.Hash(x)}\""));
        File.WriteAllText(Path.Combine(hashed, "a1.gold.json"), $$"""
            {"id": "a1", "hashed": true,
             "entities": [{{string.Join(",", ents.Select(e => $"{{\"type\": \"{e.Item1}\", \"forms_h\": [{Forms(e.Item2)}]}}"))}}],
             "numbers": [{"kind": "money", "value": 5000000000, "unit": "USD"}, {"kind": "percent", "value": 3.5, "unit": "percent"}],
             "quotes": [{"tokens_h": [{{Toks("We are pleased with the result")}}], "speaker_h": "{{GoldEvaluator.Hash("maria okafor")}}", "speaker_last_h": "{{GoldEvaluator.Hash("okafor")}}", "optional": false},
                        {"tokens_h": [{{Toks("maybe a quotation")}}], "speaker_h": null, "speaker_last_h": null, "optional": true}]}
            """);
        string run = Run();
        Assert.Equal(GoldEvaluator.ToJson(GoldEvaluator.Evaluate(run, plain)), GoldEvaluator.ToJson(GoldEvaluator.Evaluate(run, hashed)));
    }

    [Fact]
    public void Cli_Eval_ExitsWith1_UnderTheFloor_AndListsMisses()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.BuildCommand(o, e).Parse(new[] { "eval", Run(), "--gold", GoldDir(), "--min-f1", "0.9" }).Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = e });
        Assert.Equal(Program.ExitSomeFailed, code);
        Assert.Contains("FAIL: F1 under 0.9", e.ToString());
        Assert.Contains("\"Ivan Petrov\"", o.ToString());
        code = Program.BuildCommand(o, e).Parse(new[] { "eval", Run(), "--gold", GoldDir(), "--min-f1", "0.5" }).Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = e });
        Assert.Equal(Program.ExitOk, code);
    }

    [Fact]
    public void Diff_ShowsAddedRemovedAndChangedRows_WithTheirRuleAndContext()
    {
        string a = Run(), b = Run();
        File.WriteAllText(Path.Combine(b, "quotes.csv"),
            "article_id,quote,speaker,speaker_entity_id,cue,start,end,rule,confidence\r\n" +
            "a1,We are pleased with the result,Maria Okafor,e2,said,1,30,quotes.after.speaker-verb,0.9\r\n");
        File.WriteAllText(Path.Combine(b, "numbers.csv"),
            "article_id,text,kind,value,unit,start,end,rule,confidence\r\n" +
            "a1,$5bn,money,5000000000,USD,72,76,money.prefix,0.97\r\n" +
            "a1,3.5%,percent,3.5,percent,64,68,percent.symbol,0.98\r\n" +
            "a1,rose,count,1,count,59,63,count.test,0.5\r\n");
        var d = RunDiff.Compare(a, b);
        Assert.Contains(d.Changes, c => c.Table == "quotes" && c.Kind == ChangeKind.Changed && c.Summary.Contains("speaker: 'Okafor' -> 'Maria Okafor'"));
        Assert.Equal(2, d.Changes.Count(c => c.Table == "quotes" && c.Kind == ChangeKind.Removed));
        Assert.Contains(d.Changes, c => c.Table == "numbers" && c.Kind == ChangeKind.Removed && c.Summary.Contains("$10"));
        var added = Assert.Single(d.Changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal("count.test", added.Rule);
        Assert.Contains("[rose]", added.Context);
        Assert.Empty(RunDiff.Compare(a, Run()).Changes);
    }
}
