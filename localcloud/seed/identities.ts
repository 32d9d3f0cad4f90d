/** The people a local user can switch between in the H5 app (local cloud only). */
export interface DemoIdentity {
  openid: string
  name: string
  /** Who they are, in plain Chinese. */
  description: string
}

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-staff', name: '李建华', description: '馨安公寓 站长（党支部书记）' },
  { openid: 'demo-deputy', name: '周敏', description: '馨安公寓 副站长（业委会主任）' },
  { openid: 'demo-head', name: '张桂兰', description: '馨安公寓 楼长（1栋、2栋）' },
  { openid: 'demo-head2', name: '王德明', description: '馨安公寓 楼长（3栋、4栋）' },
  { openid: 'demo-resident', name: '刘阿姨', description: '已认证居民（馨安公寓、晴岚家园两处）' },
  { openid: 'demo-volunteer', name: '孙晓', description: '志愿者（租户）' },
  { openid: 'demo-party', name: '吴强', description: '在职党员，已报到' },
  { openid: 'demo-organiser', name: '赵敏', description: '活动组织者（第一旗手团队、青年志愿服务队）' },
  { openid: 'demo-merchant', name: '张师傅', description: '商家：老街理发店（核销理发券）' },
  { openid: 'demo-proxy', name: '王建国', description: '为母亲王奶奶代办' },
  { openid: 'demo-resident3', name: '林大伟', description: '居民，有一个微心愿等他确认' },
  { openid: 'demo-pending', name: '赵磊', description: '登记待审核' },
  { openid: 'demo-rejected', name: '冯军', description: '登记未通过' },
  { openid: 'demo-property-rep', name: '钱志刚', description: '物业代表（邻里夜话：答复交办给物业的议题）' },
  {
    openid: 'demo-committee-rep',
    name: '孙丽华',
    description: '业委会代表（邻里夜话：答复交办给业委会的议题）',
  },
  { openid: 'demo-community-rep', name: '何丽', description: '社区网格员（邻里夜话：答复交办给社区的议题）' },
  { openid: 'demo-qinglan-head', name: '沈国平', description: '晴岚家园 站长' },
  { openid: 'demo-binhu-head', name: '邵红', description: '滨湖世纪 站长（3,853名党员已报到）' },
]
