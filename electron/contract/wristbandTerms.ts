// The care-wristband program's vocabulary: statuses, conditions, relations, consent scopes and
// which sensitive field each scope covers, the band lifecycle's allowed steps, and the limits.
// Core messages and the renderer's catalogue both name these; wristband.ts re-exports them.

export const PARTICIPANT_STATUSES = ['active', 'moved', 'died', 'withdrew'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
/** Why a participant leaves the program; the status they leave with. */
export const LEAVE_REASONS = ['moved', 'died', 'withdrew'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];
export const PARTICIPANT_STATUS_LABELS: Readonly<Record<ParticipantStatus, string>> = { active: '在册', moved: '已迁出', died: '已故', withdrew: '已退出' };

export const CONDITIONS = ['dementia', 'intellectual', 'autism', 'mental', 'other'] as const;
export type Condition = (typeof CONDITIONS)[number];
export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  dementia: '认知障碍（含阿尔茨海默病）',
  intellectual: '智力障碍',
  autism: '孤独症',
  mental: '精神障碍',
  other: '其他',
};

export const BUILDS = ['slim', 'medium', 'heavy'] as const;
export type Build = (typeof BUILDS)[number];
export const BUILD_LABELS: Readonly<Record<Build, string>> = { slim: '偏瘦', medium: '中等', heavy: '偏胖' };

export const GUARDIAN_RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandchild', 'relative', 'neighbour', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];
export const GUARDIAN_RELATION_LABELS: Readonly<Record<GuardianRelation, string>> = {
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  sibling: '兄弟姐妹',
  grandchild: '孙子女/外孙子女',
  relative: '其他亲属',
  neighbour: '邻居',
  other: '其他',
};

/** Who gave the separate consent: the participant themself, or a guardian. */
export const CONSENT_GIVERS = ['self', ...GUARDIAN_RELATIONS] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * What the separate consent covers. Each sensitive field belongs to one scope, and the registry
 * stores a field only while a consent in force covers its scope.
 */
export const CONSENT_SCOPES = ['health', 'description', 'photo', 'whereabouts'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_SCOPE_LABELS: Readonly<Record<ConsentScope, string>> = {
  health: '健康状况与用药',
  description: '体貌特征',
  photo: '照片',
  whereabouts: '常去地点与路线',
};

export type ConsentEndReason = 'withdrawn' | 'superseded' | 'left';

export const SENSITIVE_FIELDS = ['condition', 'medicationNotes', 'heightCm', 'build', 'distinguishingMarks', 'usualPlaces', 'photo'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];
export const SENSITIVE_FIELD_LABELS: Readonly<Record<SensitiveField, string>> = {
  condition: '病情类别',
  medicationNotes: '用药情况',
  heightCm: '身高',
  build: '体型',
  distinguishingMarks: '体貌特征',
  usualPlaces: '常去地点与路线',
  photo: '照片',
};
export const SCOPE_OF_FIELD: Readonly<Record<SensitiveField, ConsentScope>> = {
  condition: 'health',
  medicationNotes: 'health',
  heightCm: 'description',
  build: 'description',
  distinguishingMarks: 'description',
  usualPlaces: 'whereabouts',
  photo: 'photo',
};

export const BAND_STATUSES = ['issued', 'active', 'lost', 'damaged', 'replaced', 'retired'] as const;
export type BandStatus = (typeof BAND_STATUSES)[number];
export const BAND_STATUS_LABELS: Readonly<Record<BandStatus, string>> = {
  issued: '已发放',
  active: '佩戴中',
  lost: '遗失',
  damaged: '损坏',
  replaced: '已补发',
  retired: '已停用',
};
/**
 * The changes staff make to a band by hand. Replacement (wristband.replaceBand) and retirement
 * (wristband.leave) come with their own methods because they do more than change a status.
 * A lost band may turn up again (back to active).
 */
export const BAND_STEPS: Readonly<Record<BandStatus, readonly BandStatus[]>> = {
  issued: ['active', 'lost', 'damaged'],
  active: ['lost', 'damaged'],
  lost: ['active'],
  damaged: [],
  replaced: [],
  retired: [],
};
/** Bands that may be replaced by a new one. */
export const REPLACEABLE: readonly BandStatus[] = ['lost', 'damaged'];

/** Photos arrive resized by the renderer; this is the cap the registry holds them to. */
export const MAX_PHOTO_BYTES = 512 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const MAX_GUARDIANS = 5;
export const MAX_GUARDIAN_PHONES = 3;
