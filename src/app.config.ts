import { appJsonPrivacy } from '../config/privacy'

export default defineAppConfig({
  // The main package holds only the QR landing, the station home and "me"; domains are subpackages.
  pages: ['pages/entry/index', 'pages/home/index', 'pages/me/index'],
  // One subpackage per domain, holding its resident pages and, under `manage/`, its staff pages.
  subPackages: [
    {
      root: 'packages/station',
      pages: [
        'register/index',
        'status/index',
        'stations/index',
        'party/index',
        'service-record/index',
        'proxy/index',
        'claim/index',
        'messages/index',
        'manage/verify/index',
        'manage/proxy-requests/index',
        'manage/directory/index',
        'manage/profile/index',
        'manage/buildings/index',
        'manage/roles/index',
        'manage/poster/index',
        'manage/party-stats/index',
        'manage/audit/index',
        'scan/index',
      ],
    },
    {
      root: 'packages/volunteer',
      pages: [
        'index/index',
        'activity/index',
        'mine/index',
        'points/index',
        'rewards/index',
        'honour/index',
        'certificate/index',
        'manage/activities/index',
        'manage/edit/index',
        'manage/checkin/index',
        'manage/roster/index',
        'manage/rewards/index',
        'manage/vouchers/index',
        'manage/corrections/index',
        'manage/stats/index',
      ],
    },
    {
      root: 'packages/forum',
      pages: [
        'index/index',
        'raise/index',
        'topic/index',
        'mine/index',
        'sessions/index',
        'session/index',
        'board/index',
        'figures/index',
        'manage/queue/index',
        'manage/moderation/index',
        'manage/schedule/index',
        'manage/minutes/index',
        'manage/door/index',
      ],
    },
    {
      root: 'packages/notice',
      pages: [
        'list/index',
        'detail/index',
        'manage/list/index',
        'manage/compose/index',
        'manage/receipts/index',
      ],
    },
    {
      root: 'packages/wish',
      pages: ['wall/index', 'post/index', 'detail/index', 'mine/index', 'manage/index'],
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
    // The mini-program always has its title bar; this also gives H5 one, with back (or home).
    navigationStyle: 'default',
  },
})
