// The Chinese application menu. Kept to what staff need: quit, the standard editing commands
// (their roles also give the usual keyboard shortcuts), reload, and "about". Developer tools
// appear only in development builds.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_VERSION } from '../registry/version';
import { PRODUCT_NAME } from './product';

export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [{ role: 'reload', label: '重新加载' }, ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as const])],
    },
    { label: '帮助', submenu: [{ label: '关于', click: showAbout }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: '关于',
    message: PRODUCT_NAME,
    detail: `版本 ${APP_VERSION}\nElectron ${process.versions.electron}`,
  });
}
