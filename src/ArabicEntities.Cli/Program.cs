using ArabicEntities.Cli;

// The console's streams, as bytes: input is decoded strictly by the commands, output is written as UTF-8 without BOM.
using Stream stdin = Console.OpenStandardInput();
using Stream stdout = Console.OpenStandardOutput();
var application = new CliApplication { FlushEachLine = !Console.IsOutputRedirected, ShowProgress = !Console.IsErrorRedirected };
return application.Run(args, stdin, stdout, Console.Error);
