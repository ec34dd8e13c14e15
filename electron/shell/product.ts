// What staff see the app called: window title and "about". Matches productName in package.json
// and electron-builder.yml, which name the installed program.
export const PRODUCT_NAME = '三献与爱心手环登记';
