import { appJsonPrivacy } from '../config/privacy'

export default defineAppConfig({
  // The main package holds only the QR landing, the station home and "me"; domains are subpackages.
  pages: ['pages/entry/index', 'pages/home/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/station',
      pages: [
        'register/index',
        'status/index',
        'stations/index',
        'party/index',
        'proxy/index',
        'claim/index',
      ],
    },
    {
      root: 'packages/staff',
      pages: [
        'verify/index',
        'directory/index',
        'profile/index',
        'buildings/index',
        'roles/index',
        'poster/index',
        'party-stats/index',
        'audit/index',
        'service-record/index',
      ],
    },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/station'] },
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '驿站',
        iconPath: 'assets/tab-home.png',
        selectedIconPath: 'assets/tab-home-on.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab-me.png',
        selectedIconPath: 'assets/tab-me-on.png',
      },
    ],
  },
  // Review readiness: inject only the components a page uses; keep staff pages out of search.
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  // requiredPrivateInfos / permission.scope.userLocation, from config/privacy.ts.
  ...appJsonPrivacy(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '邻里驿站',
    navigationBarTextStyle: 'white',
  },
})
