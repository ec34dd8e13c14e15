// The `sanxian` command: the same registry core as the app, for scripts and staff who prefer
// a terminal. Each command lives in ./commands; this file only declares them.
import { Command, InvalidArgumentError } from 'commander';
import { APP_VERSION } from '../registry/version';
import { demo, demoDay, localToday, peopleCount, seedValue } from './commands/demo';
import { exportBatch, type ExportOptions } from './commands/export';
import { importArgs, importFile, type ImportOptions } from './commands/import';
import { backup, init, restore, stats, verify } from './commands/registry';
import { report } from './commands/report';
import { search } from './commands/search';
import { serve } from './commands/serve';
import { decrypt, encrypt } from './commands/vault';
import { wristbandFollowUp, wristbandLookup } from './commands/wristband';
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
  .command('encrypt')
  .description(`加密登记库或更换口令（口令从环境变量 SANXIAN_NEW_PASSPHRASE 或终端输入读取），并显示新的恢复码`)
  .action(() => encrypt(globals()));
program.command('decrypt').description('解除登记库加密').action(() => decrypt(globals()));
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
  .command('report')
  .description('统计报表：指定期间各项目的统计数字')
  .requiredOption('--from <date>', '开始日期 YYYY-MM-DD')
  .requiredOption('--to <date>', '结束日期 YYYY-MM-DD')
  .action((opts: { from: string; to: string }) => report({ ...globals(), ...opts }));
program
  .command('import <file>')
  .description('导入表格（.xlsx 或 .csv）：先检查每一行，有效的行在一个事务中全部写入')
  .requiredOption('--kind <kind>', '类型：people、blood-drive、cmdp、organ', importArgs.kind)
  .option('--dry-run', '只检查，不写入')
  .option('--on-duplicate <action>', '已登记的人员：skip（跳过）、update（补充空白项）、overwrite（覆盖）', importArgs.onDuplicate, 'skip')
  .option('--drive <id>', '献血活动编号（blood-drive 必填）', importArgs.drive)
  .action((file: string, opts: Omit<ImportOptions, keyof GlobalOptions>) => importFile(file, { ...globals(), ...opts }));
program
  .command('export <kind>')
  .description('导出批次：cmdp（中华骨髓库志愿者）、organ（器官捐献登记）、drive-report（献血活动报告）')
  .requiredOption('--out <file>', '输出文件')
  .option('--drive <id>', '献血活动编号（drive-report）', importArgs.drive)
  .option('--from <date>', '开始日期 YYYY-MM-DD（drive-report）')
  .option('--to <date>', '结束日期 YYYY-MM-DD（drive-report）')
  .option('--csv', '输出 CSV（UTF-8 带 BOM）而不是 xlsx')
  .action((kind: string, opts: Omit<ExportOptions, keyof GlobalOptions>) => exportBatch(kind, { ...globals(), ...opts }));
const wristband = program.command('wristband').description('爱心手环');
wristband.command('lookup <code>').description('按手环编号查找：监护人电话在前').action((code: string) => wristbandLookup(code, globals()));
wristband
  .command('follow-up')
  .description('随访名单：手环或监护人电话超过设定月数未核查的对象')
  .option('--limit <n>', '最多显示人数（1–500）', Number, 100)
  .option('--offset <n>', '跳过前几人', Number, 0)
  .action((opts: { limit: number; offset: number }) => wristbandFollowUp({ ...globals(), ...opts }));
program
  .command('serve')
  .description('启动浏览器模式（仅本机 127.0.0.1）')
  .option('--port <n>', '端口（0 表示自动选择）', port, 0)
  .action((opts: { port: number }) => serve({ ...globals(), port: opts.port }));

program.parseAsync(process.argv).catch(fail);
