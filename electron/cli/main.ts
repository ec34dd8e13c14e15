// The `sanxian` command: the same registry core as the app, for scripts and staff who prefer
// a terminal. Each command lives in ./commands; this file only declares them.
import { Command, InvalidArgumentError } from 'commander';
import { APP_VERSION } from '../registry/version';
import { demo, demoDay, localToday, peopleCount, seedValue } from './commands/demo';
import { backup, init, restore, stats, verify } from './commands/registry';
import { search } from './commands/search';
import { serve } from './commands/serve';
import { fail, type GlobalOptions } from './output';

process.env.SANXIAN_LOG ??= 'warn';

const program = new Command()
  .name('sanxian')
  .description('三献与爱心手环登记 — 命令行工具')
  .version(APP_VERSION)
  .option('--db <path>', '数据库文件（默认读取环境变量 SANXIAN_DB，否则为用户数据目录中的登记库）')
  .option('--json', '以 JSON 输出结果（标准输出只有 JSON）')
  .showHelpAfterError();

const globals = (): GlobalOptions => program.opts<GlobalOptions>();

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('端口应为 0–65535 的整数');
  return n;
};

program.command('init').description('创建（或升级）登记数据库').action(() => init(globals()));
program.command('stats').description('各项目的登记人数').action(() => stats(globals()));
program.command('verify').description('检查数据库完整性（integrity_check 与 foreign_key_check）').action(() => verify(globals()));
program.command('backup <file>').description('在线备份数据库到文件').action((file: string) => backup(file, globals()));
program
  .command('restore <file>')
  .description('从备份恢复：先检查备份文件，并保留当前数据库的安全副本')
  .action((file: string) => restore(file, globals()));
program
  .command('search <query>')
  .description('查找人员：姓名（任意部分）、拼音或首字母、证件号或手机号（全部或末4–6位）')
  .option('--limit <n>', '最多显示人数（1–200）', Number, 50)
  .option('--offset <n>', '跳过前几人', Number, 0)
  .action((query: string, opts: { limit: number; offset: number }) => search(query, { ...globals(), ...opts }));
program
  .command('demo')
  .description('生成演示登记库（只填入空库）：同一种子生成相同的数据')
  .requiredOption('--people <n>', '人数', peopleCount)
  .option('--seed <n>', '随机种子', seedValue, 1)
  .option('--today <date>', '数据截至日期 YYYY-MM-DD（默认今天）', demoDay)
  .option('--force', '登记库已有人员时仍追加')
  .action((opts: { people: number; seed: number; today?: string; force?: boolean }) => demo({ ...globals(), ...opts, today: opts.today ?? localToday() }));
program
  .command('serve')
  .description('启动浏览器模式（仅本机 127.0.0.1）')
  .option('--port <n>', '端口（0 表示自动选择）', port, 0)
  .action((opts: { port: number }) => serve({ ...globals(), port: opts.port }));

program.parseAsync(process.argv).catch(fail);
