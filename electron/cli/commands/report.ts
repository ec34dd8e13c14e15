// `report --from YYYY-MM-DD --to YYYY-MM-DD`: the period's statistics per program, as the office
// sends them to the city Red Cross. `--json` prints the period's figures alone (the app's report
// also shows the period before).
import { PeriodInput } from '../../contract/overview';
import { invalidInput } from '../../contract/validation';
import { periodFigures } from '../../registry/overview/report';
import { emit, type GlobalOptions } from '../output';
import { withRegistry } from './registry';

export async function report(options: GlobalOptions & { from: string; to: string }): Promise<void> {
  const parsed = PeriodInput.safeParse({ from: options.from, to: options.to });
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const { from, to } = parsed.data;
  const figures = await withRegistry(options, (r) => periodFigures(r.db, from, to));
  const { blood, stemcell, organ } = figures;
  const lines = [
    `统计期间 ${from} 至 ${to}`,
    `无偿献血：${blood.donations} 人次（${blood.donors} 人），全血 ${blood.wholeBloodMl} 毫升，血小板 ${blood.plateletUnits} 个治疗量，暂缓 ${blood.deferrals} 人次，献血活动 ${blood.drives} 场`,
    `造血干细胞：新入库 ${stemcell.new} 人，退出 ${stemcell.withdrawn} 人，捐献 ${stemcell.byStage.donated} 人`,
    `器官遗体：新登记 ${organ.new} 份，撤销 ${organ.revoked} 份，期末有效 ${organ.active} 份`,
  ];
  emit(options, figures, lines.join('\n'));
}
