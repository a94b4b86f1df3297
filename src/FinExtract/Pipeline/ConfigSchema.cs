using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FinExtract.Pipeline;

/// <summary>
/// pipeline.json checked against its JSON Schema (Resources/pipeline.schema.json, embedded in the library) by a
/// maintained validator (JsonSchema.Net): the schema is the one statement of the keys, types, ranges and stage names.
/// Each schema error becomes a <see cref="ConfigError"/> in the tool's words: the JSON path, what is wrong, and the
/// fix (with "did you mean" for a misspelt key or stage). What a schema cannot say (files exist, stage order, a list
/// entry twice) is checked by the loader after this passes.
/// </summary>
public static class ConfigSchema
{
    /// <summary>
    /// The parsed schema, in a class of its own: touching it loads the validator's assembly, whose start-up costs
    /// about 0.1 s of CPU, and a run whose file has its marker (<see cref="ValidateCached"/>) never needs it.
    /// </summary>
    private static class Parsed
    {
        public static readonly Lazy<(JsonSchema Schema, JsonNode Node)> Loaded = new(Load);
    }

    /// <summary>The stage names the schema describes (a stage registered by a library user is checked by its own factory).</summary>
    public static IReadOnlyList<string> StageNames =>
        (Parsed.Loaded.Value.Node["properties"]?["stages"]?["items"]?["properties"]?["name"]?["enum"] as JsonArray)?.Select(x => x!.ToString()).ToList()
        ?? new List<string>();

    /// <summary>The schema's text.</summary>
    public static string Text()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream("FinExtract.pipeline.schema.json")
            ?? throw new InvalidOperationException("the pipeline schema is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static (JsonSchema, JsonNode) Load()
    {
        string text = Text();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }

    /// <summary>
    /// As <see cref="Validate"/>, remembering files that conform: a marker named by the SHA-256 of the schema and the file's
    /// text, in the temporary folder, spares the next run of the same file the validator's start-up (about 0.15 s).
    /// </summary>
    public static List<ConfigError> ValidateCached(JsonElement root, string file, string text, Func<List<ConfigError>, List<ConfigError>> filter)
    {
        string marker = MarkerPath(text);
        if (File.Exists(marker)) return new List<ConfigError>();
        var errors = filter(Validate(root, file));
        if (errors.Count == 0)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
                File.WriteAllText(marker, "");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // no cache: the next run validates again
            }
        }
        return errors;
    }

    private static readonly Lazy<string> SchemaHash = new(() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text()))));

    /// <summary>Where the marker of a conforming file with this text is kept.</summary>
    public static string MarkerPath(string text)
    {
        var key = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SchemaHash.Value + "\n" + text));
        return Path.Combine(Path.GetTempPath(), "finextract-cache", "valid-config", Convert.ToHexStringLower(key));
    }

    /// <summary>The problems of <paramref name="root"/> against the schema, in document order; empty when it conforms.</summary>
    public static List<ConfigError> Validate(JsonElement root, string file)
    {
        var (schema, node) = Parsed.Loaded.Value;
        // The common case, a valid file, takes the short-circuiting check; the full list only when there is something to report.
        if (schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid) return new List<ConfigError>();
        var result = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = new List<(ConfigError Error, string Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in result.Details ?? new List<EvaluationResults>())
        {
            string evalPath = d.EvaluationPath.ToString();
            if (d.Errors == null || evalPath.Contains("/if/", StringComparison.Ordinal)) continue;
            var segments = Segments(d.InstanceLocation.ToString());
            var (value, order) = Locate(root, segments);
            // An unknown key fails the object's "additionalProperties": false, and the object's schema lists the keys it knows; a value
            // of an object with free keys ("merge") fails the schema its values have.
            var rule = SchemaNode(node, evalPath);
            if (evalPath.EndsWith(AdditionalProperties, StringComparison.Ordinal) && rule is JsonValue)
                rule = SchemaNode(node, evalPath[..^AdditionalProperties.Length]);
            foreach (var (keyword, message) in d.Errors)
            {
                var error = Describe(file, JsonPath(segments), keyword, message, rule, value, evalPath);
                if (error != null && seen.Add(error.JsonPath + "\n" + error.Message)) errors.Add((error, order));
            }
        }
        return errors.OrderBy(e => e.Order, StringComparer.Ordinal).Select(e => e.Error).ToList();
    }

    private const string AdditionalProperties = "/additionalProperties";

    private static ConfigError? Describe(string file, string at, string keyword, string message, JsonNode? rule, JsonElement? value, string evalPath)
    {
        string found = value is { } v ? JsonReader.Describe(v) : "nothing";
        switch (keyword)
        {
            case "" when evalPath.EndsWith(AdditionalProperties, StringComparison.Ordinal) && (rule is JsonObject o && o.ContainsKey("properties")):
                return UnknownKey(file, at, rule);
            case "type":
                return new ConfigError(file, at, $"expected {Expected(rule)}, found {found}", TypeHint(rule));
            case "minimum" or "maximum":
                return new ConfigError(file, at, $"{Number(value)} is out of range", $"use a number from {Bound(rule, "minimum")} to {Bound(rule, "maximum")}");
            case "enum" when at.EndsWith(".name", StringComparison.Ordinal) && at.StartsWith("$.stages[", StringComparison.Ordinal):
                return Unknown(file, at, "stage", value, rule);
            case "enum":
                return Unknown(file, at, "value", value, rule);
            case "const":
                return new ConfigError(file, at, $"must be {rule?["const"]?.ToJsonString()}, found {found}", $"write {rule?["const"]?.ToJsonString()}");
            case "required":
                string missing = message.Split('"').Skip(1).FirstOrDefault() ?? "?";
                return new ConfigError(file, at, $"'{missing}' is required",
                    missing == "stages" ? "add \"stages\": [ { \"name\": \"scrape\" } ]" : $"add \"{missing}\": ...");
            case "minItems":
                return new ConfigError(file, at, "the list is empty", "list at least one item");
            case "pattern":
                return new ConfigError(file, at, $"{found} does not have the expected form", rule?["description"]?.GetValue<string>() ?? "see the schema");
            default:
                return new ConfigError(file, at, message, "see src/FinExtract/Resources/pipeline.schema.json");
        }
    }

    private static ConfigError UnknownKey(string file, string at, JsonNode? objectRule)
    {
        string key = at[(at.LastIndexOf('.') + 1)..];
        var known = (objectRule?["properties"] as JsonObject)?.Select(p => p.Key).Where(k => k != "$schema").ToList() ?? new List<string>();
        string near = JsonReader.Nearest(key, known);
        return new ConfigError(file, at, $"unknown key '{key}'",
            (near.Length > 0 ? $"did you mean '{near}'? " : "") + $"known keys here: {string.Join(", ", known)}");
    }

    private static ConfigError Unknown(string file, string at, string what, JsonElement? value, JsonNode? rule)
    {
        var options = (rule?["enum"] as JsonArray)?.Select(x => x?.ToString() ?? "").ToList() ?? new List<string>();
        string given = value is { ValueKind: JsonValueKind.String } s ? s.GetString() ?? "" : value?.ToString() ?? "";
        string near = JsonReader.Nearest(given, options);
        return new ConfigError(file, at, $"unknown {what} '{given}'",
            (near.Length > 0 ? $"did you mean '{near}'? " : "") + $"one of: {string.Join(", ", options)}");
    }

    private static string Expected(JsonNode? rule) => rule?["type"]?.ToString() switch
    {
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "a string",
        "boolean" => "true or false",
        "array" => rule?["items"]?["type"]?.ToString() == "string" ? "an array of strings" : "an array",
        "object" => "an object",
        var t => t ?? "another type",
    };

    private static string TypeHint(JsonNode? rule) => rule?["type"]?.ToString() switch
    {
        "integer" or "number" => $"write a number from {Bound(rule, "minimum")} to {Bound(rule, "maximum")}",
        "string" => "put the value in double quotes",
        "boolean" => "write true or false without quotes",
        "array" => "write [\"a\", \"b\"]",
        "object" => "write { ... } here",
        _ => "see src/FinExtract/Resources/pipeline.schema.json",
    };

    private static string Bound(JsonNode? rule, string name) => rule?[name]?.ToJsonString() ?? (name == "minimum" ? "-inf" : "inf");

    private static string Number(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } v ? v.GetDouble().ToString(CultureInfo.InvariantCulture) : value?.ToString() ?? "";

    /// <summary>The segments of a JSON pointer, unescaped.</summary>
    private static string[] Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("~1", "/").Replace("~0", "~")).ToArray();

    /// <summary>["stages", "0", "options", "x"] as "$.stages[0].options.x".</summary>
    private static string JsonPath(string[] segments)
    {
        var sb = new System.Text.StringBuilder("$");
        foreach (var name in segments)
        {
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)) sb.Append('[').Append(name).Append(']');
            else sb.Append('.').Append(name);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The value at a place in the file (null when it is not there) and a key that sorts places in the order they
    /// appear in the file: each step's position among its siblings.
    /// </summary>
    private static (JsonElement? Value, string Order) Locate(JsonElement root, string[] segments)
    {
        var order = new System.Text.StringBuilder();
        JsonElement? cur = root;
        foreach (var name in segments)
        {
            int index = -1;
            JsonElement? next = null;
            if (cur is { ValueKind: JsonValueKind.Object } obj)
            {
                int k = 0;
                foreach (var p in obj.EnumerateObject())
                {
                    if (p.Name == name) { index = k; next = p.Value; break; }
                    k++;
                }
            }
            else if (cur is { ValueKind: JsonValueKind.Array } arr && int.TryParse(name, out int i) && i < arr.GetArrayLength()) (index, next) = (i, arr[i]);
            order.Append((index + 1).ToString("D6", CultureInfo.InvariantCulture)).Append('/');
            cur = next;
            if (cur == null) break;
        }
        return (cur, order.ToString());
    }

    /// <summary>The schema node an evaluation path leads to (segments the schema does not hold, such as an applicator's index, are skipped).</summary>
    private static JsonNode? SchemaNode(JsonNode? start, string path)
    {
        var cur = start;
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            JsonNode? next = cur switch
            {
                JsonObject o => o.TryGetPropertyValue(part, out var n) ? n : null,
                JsonArray a when int.TryParse(part, out int i) && i < a.Count => a[i],
                _ => null,
            };
            if (next != null) cur = next;
        }
        return cur;
    }
}
