using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MergeResolver.Analyzers.Build;

/// <summary>
/// The package's analyzers run, as the compiler would run them, over the files that hold conflict
/// markers, with the <c>.editorconfig</c> files the compiler would read for them.
/// </summary>
internal static class ConflictReport
{
    /// <summary>
    /// What the package's analyzers report on <paramref name="files"/>, in file and position order;
    /// nothing when no conflict marker reaches the compiler, which then runs them itself.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Of(IEnumerable<string> files, IEnumerable<string> preprocessorSymbols)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithPreprocessorSymbols(preprocessorSymbols);
        var trees = new List<SyntaxTree>();
        foreach (var path in files)
        {
            string content = File.ReadAllText(path);
            if (content.IndexOf("<<<<<<<", StringComparison.Ordinal) >= 0)
            {
                trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(content), options, path));
            }
        }

        if (!trees.Any(t => t.GetRoot().DescendantTrivia().Any(trivia => trivia.IsKind(SyntaxKind.ConflictMarkerTrivia))))
        {
            return [];
        }

        var compilation = CSharpCompilation.Create("conflicts", trees);
        var analyzerOptions = new AnalyzerOptions([], new EditorConfigOptions(trees.Select(t => t.FilePath)));
        var diagnostics = compilation
            .WithAnalyzers([new HiddenConflictAnalyzer(), new ResolvableConflictAnalyzer()], analyzerOptions)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return [.. diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The options the <c>.editorconfig</c> files above each file give it, up to one marked <c>root = true</c>.</summary>
    private sealed class EditorConfigOptions : AnalyzerConfigOptionsProvider
    {
        private readonly ImmutableDictionary<string, AnalyzerConfigOptions> _byPath;

        public EditorConfigOptions(IEnumerable<string> paths)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, AnalyzerConfigOptions>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var set = AnalyzerConfigSet.Create(ConfigsAbove(path));
                builder[path] = new Options(set.GetOptionsForSourcePath(path).AnalyzerOptions);
            }

            _byPath = builder.ToImmutable();
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _byPath.TryGetValue(tree.FilePath, out var options) ? options : GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private static List<AnalyzerConfig> ConfigsAbove(string path)
        {
            var configs = new List<AnalyzerConfig>();
            for (var directory = Path.GetDirectoryName(path); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                string file = Path.Combine(directory, ".editorconfig");
                if (File.Exists(file))
                {
                    string text = File.ReadAllText(file);
                    configs.Add(AnalyzerConfig.Parse(SourceText.From(text), file));
                    if (IsRoot(text))
                    {
                        break;
                    }
                }
            }

            return configs;
        }

        /// <summary>Whether the file says <c>root = true</c> before its first section, as the compiler reads it.</summary>
        private static bool IsRoot(string text)
        {
            foreach (var raw in text.Split('\n'))
            {
                string line = raw.Trim();
                if (line.StartsWith("[", StringComparison.Ordinal))
                {
                    return false;
                }

                int equals = line.IndexOf('=');
                if (equals > 0 && line.Substring(0, equals).Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                {
                    return line.Substring(equals + 1).Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
