using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ArabicEntities.Text;

namespace ArabicEntities.Tests.PublicApi;

public class PublicApiTests
{
    private static readonly Assembly Library = typeof(ArabicNormalizer).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void PublicApi_MatchesApprovedSnapshot() => AssertMatchesApproved(Describe());

    // A change to the public surface must be deliberate: regenerate with ARABICENTITIES_REGENERATE=1 and review the diff.
    // The snapshot is found from the repository root (deterministic CI builds map source paths, so no caller path).
    private static void AssertMatchesApproved(string actual)
    {
        string approvedPath = Path.Combine(Temporal.TemporalTestData.RepositoryRoot, "tests", "ArabicEntities.Tests", "PublicApi", "ArabicEntities.approved.txt");
        if (Environment.GetEnvironmentVariable("ARABICENTITIES_REGENERATE") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        Assert.Equal(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void PublicTypes_AreImmutable()
    {
        foreach (Type type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !t.IsByRefLike && !(t.IsAbstract && t.IsSealed)))
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable field");
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                MethodInfo? setter = property.SetMethod;
                bool initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }
        }
    }

    [Fact]
    public void PublicTypes_AreSealedOrValueTypes()
    {
        foreach (Type type in PublicTypes.Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed)))
        {
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        }
    }

    private static string Describe()
    {
        var sb = new StringBuilder();
        foreach (Type type in PublicTypes)
        {
            sb.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            IEnumerable<string> members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Where(m => !(type.IsEnum && m.Name == "value__"))
                .Select(Member);
            foreach (string member in members.Order(StringComparer.Ordinal))
            {
                sb.Append("  ").Append(member).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (type.IsByRefLike ? "ref struct" : "struct")
        : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{TypeName(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? "<" + string.Join(",", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{TypeName(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : string.Empty)}{(p.SetMethod?.IsPublic == true ? " init;" : string.Empty)} }}",
        FieldInfo f => $"{(f.IsStatic ? "static " : string.Empty)}{TypeName(f.FieldType)} {f.Name}",
        EventInfo e => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : string.Empty)}{TypeName(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }
}
