using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace MergeResolver.Core.Tests.Fuzzing;

/// <summary>
/// Time-bounded fuzzing of the marker parser and the text decoder. The seed is printed, and
/// <c>MERGERESOLVER_FUZZ_SEED</c> replays a run. Outside CI a crash found is written to Regressions/
/// beside this file (commit it) and replayed by <see cref="Every_kept_crash_stays_fixed"/>; in CI the
/// source tree is left alone and the failure message carries the input.
/// </summary>
public sealed class FuzzingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Targets => ["markers", "decoder"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Fuzzing_for_a_bounded_time_finds_no_crash(string name)
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("MERGERESOLVER_FUZZ_SEED"), out var given) ? given : Environment.TickCount;
        output.WriteLine($"fuzzing {name} with seed {seed} (MERGERESOLVER_FUZZ_SEED={seed} replays it)");
        var fuzzer = new MutationFuzzer(Target(name), FuzzTargets.Seeds, FuzzTargets.Dictionary, seed);
        var crashes = fuzzer.Run(Budget);
        if (Environment.GetEnvironmentVariable("CI") is null)
        {
            foreach (var (input, _) in crashes)
            {
                Keep(name, input);
            }
        }

        Assert.True(fuzzer.Executions > 1000, $"only {fuzzer.Executions} executions: the fuzzer hardly ran");
        Assert.True(crashes.Count == 0, $"{name} (seed {seed}): {crashes.Count} crashes, first: {crashes.FirstOrDefault().Error} on {Convert.ToBase64String(crashes.FirstOrDefault().Input ?? [])}");
    }

    [Fact]
    public void Every_kept_crash_stays_fixed()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Regressions"), "*.bin"))
        {
            var target = Target(Path.GetFileName(file).Split('-')[0]);
            target(File.ReadAllBytes(file));
        }
    }

    private static Func<byte[], string> Target(string name) => name switch
    {
        "markers" => FuzzTargets.Markers,
        "decoder" => FuzzTargets.Decoder,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void Keep(string target, byte[] input, [CallerFilePath] string source = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(source)!, "Regressions");
        if (Directory.Exists(dir))
        {
            File.WriteAllBytes(Path.Combine(dir, $"{target}-{Convert.ToHexString(SHA256.HashData(input))[..16]}.bin"), input);
        }
    }
}
